<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
    <context>
        <name>AggregateCommand</name>
        <message>
            <source>run (%1)</source>
            <translation>run (%1)</translation>
        </message>
        <message>
            <source>point (%1)</source>
            <translation>punt (%1)</translation>
        </message>
        <message>
            <source>%1: mean and 95 % interval over seeds</source>
            <translation>%1: gemiddelde en 95%-interval over de seeds</translation>
        </message>
        <message>
            <source>eqlab aggregate: %1
</source>
            <translation>eqlab aggregate: %1
</translation>
        </message>
        <message>
            <source>Usage: eqlab aggregate DIR [--figures svg,pdf,png]

The statistics of a sweep's complete runs in DIR (eqlab sweep): per
point (the runs that differ only by seed), run and metric, the mean,
the standard deviation and the 95 % interval of the mean (Student's
t with n - 1 degrees of freedom) into DIR/aggregate.csv, and a figure
per metric with the interval as a band into DIR/figures (default
svg,pdf,png, each with its CSV). docs/sweeps.md.
</source>
            <translation>Gebruik: eqlab aggregate DIR [--figures svg,pdf,png]

De statistiek van de voltooide runs van een sweep in DIR (eqlab sweep): per
punt (de runs die alleen in seed verschillen), run en metriek het gemiddelde,
de standaardafwijking en het 95%-interval van het gemiddelde (Student-t
met n - 1 vrijheidsgraden) naar DIR/aggregate.csv, en per metriek een figuur
met het interval als band naar DIR/figures (standaard svg,pdf,png, elk
met de CSV ervan). docs/sweeps.md.
</translation>
        </message>
        <message>
            <source>eqlab aggregate: expected the folder of a sweep, e.g. 'eqlab aggregate results'
</source>
            <translation>eqlab aggregate: verwachtte de map van een sweep, bijv. 'eqlab aggregate results'
</translation>
        </message>
        <message numerus="yes">
            <source>eqlab aggregate: %n run(s) not complete, left out: %1
</source>
            <translation>
                <numerusform>eqlab aggregate: %n run niet voltooid, weggelaten: %1
</numerusform>
                <numerusform>eqlab aggregate: %n runs niet voltooid, weggelaten: %1
</numerusform>
            </translation>
        </message>
        <message>
            <source>eqlab aggregate: %1: %2 points from %3 complete runs; %4
</source>
            <translation>eqlab aggregate: %1: %2 punten uit %3 voltooide runs; %4
</translation>
        </message>
        <message>
            <source>  %1  %2  %3 ± %4 (95 %: %5 to %6, n = %7)
</source>
            <translation>  %1  %2  %3 ± %4 (95%: %5 tot %6, n = %7)
</translation>
        </message>
        <message>
            <source>Mean, sd and 95 % intervals over the seeds of a sweep, as CSV and figures (eqlab aggregate results).</source>
            <translation>Gemiddelde, sd en 95%-intervallen over de seeds van een sweep, als CSV en figuren (eqlab aggregate results).</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>Usage: eqlab [options] [EXPERIMENT.eqlab.json]
       eqlab &lt;command&gt; [arguments]   (eqlab &lt;command&gt; --help for its options)

eqlab (Equivariance Lab) trains small equivariant, invariant and involutive
networks and shows the orbits of data under a finite group, the learned
filters, and how much each layer breaks the symmetry.

Without a command, eqlab opens its window with a lesson, or with the
experiment file given. With no display it runs the lesson (or trains the
experiment, as 'eqlab run' does) headless and writes its results to a folder.

</source>
            <translation>Gebruik: eqlab [opties] [EXPERIMENT.eqlab.json]
       eqlab &lt;command&gt; [argumenten]   (eqlab &lt;command&gt; --help voor de opties)

eqlab (Equivariance Lab) traint kleine equivariante, invariante en involutieve
netwerken en toont de banen van data onder een eindige groep, de geleerde
filters en hoeveel elke laag de symmetrie breekt.

Zonder command opent eqlab het venster met een les, of met het opgegeven
experimentbestand. Zonder beeldscherm voert het de les uit (of traint het het
experiment, zoals 'eqlab run' doet) zonder venster en schrijft de resultaten naar een map.

</translation>
        </message>
        <message>
            <source>Options:
</source>
            <translation>Opties:
</translation>
        </message>
        <message>
            <source>  -h, --help             Show this help and exit.
</source>
            <translation>  -h, --help             Deze hulp tonen en afsluiten.
</translation>
        </message>
        <message>
            <source>  -v, --version          Show the version and exit.
</source>
            <translation>  -v, --version          De versie tonen en afsluiten.
</translation>
        </message>
        <message>
            <source>  --lesson &lt;name&gt;        Open this lesson (default: %1). Lessons: %2.
</source>
            <translation>  --lesson &lt;name&gt;        Deze les openen (standaard: %1). Lessen: %2.
</translation>
        </message>
        <message>
            <source>  --group &lt;name&gt;         Start with this group instead of the lesson's.
</source>
            <translation>  --group &lt;name&gt;         Met deze groep starten in plaats van die van de les.
</translation>
        </message>
        <message>
            <source>  --headless             Run the lesson without a window, even with a display.
</source>
            <translation>  --headless             De les zonder venster uitvoeren, ook met een beeldscherm.
</translation>
        </message>
        <message>
            <source>  --out &lt;dir&gt;            Where headless results go (default: %1).
</source>
            <translation>  --out &lt;dir&gt;            Waar resultaten zonder venster heen gaan (standaard: %1).
</translation>
        </message>
        <message>
            <source>  --screenshot &lt;file&gt;    Open the window, save a PNG of it once drawn, exit.
</source>
            <translation>  --screenshot &lt;file&gt;    Het venster openen, een PNG ervan opslaan zodra getekend, afsluiten.
</translation>
        </message>
        <message>
            <source>  --train                Start training the lesson's experiment at once.
</source>
            <translation>  --train                Direct beginnen met het trainen van het experiment van de les.
</translation>
        </message>
        <message>
            <source>  --screenshot-step &lt;n&gt;  With --screenshot: train exactly n steps, then save it.
</source>
            <translation>  --screenshot-step &lt;n&gt;  Met --screenshot: precies n stappen trainen, dan opslaan.
</translation>
        </message>
        <message>
            <source>  --screenshot-width &lt;w&gt; With --screenshot: scale the picture to w pixels wide.
</source>
            <translation>  --screenshot-width &lt;w&gt; Met --screenshot: het beeld schalen naar w pixels breed.
</translation>
        </message>
        <message>
            <source>  --dark, --presentation Dark theme; large fonts and thick lines.
</source>
            <translation>  --dark, --presentation Donker thema; grote lettertypen en dikke lijnen.
</translation>
        </message>
        <message>
            <source>  --restore-session      Restore the session autosaved by a window that did not
                         end cleanly (without asking; prints the step restored).
</source>
            <translation>  --restore-session      De sessie herstellen die een niet netjes afgesloten venster
                         automatisch opsloeg (zonder vragen; toont de herstelde stap).
</translation>
        </message>
        <message>
            <source>  --autosave-interval &lt;s&gt;
                         Save the window's session every s seconds
                         (default %1; 0: never).
</source>
            <translation>  --autosave-interval &lt;s&gt;
                         De sessie van het venster elke s seconden opslaan
                         (standaard %1; 0: nooit).
</translation>
        </message>
        <message>
            <source>  --latency-probe &lt;s&gt;    Train for s seconds and print the window's event-loop
                         latency (percentiles of a 10 ms timer's lateness).
</source>
            <translation>  --latency-probe &lt;s&gt;    s seconden trainen en de latentie van de event-loop van het
                         venster tonen (percentielen van de vertraging van een 10 ms-timer).
</translation>
        </message>
        <message>
            <source>
Commands:
</source>
            <translation>
Commands:
</translation>
        </message>
        <message>
            <source>Restore the last session?</source>
            <translation>De laatste sessie herstellen?</translation>
        </message>
        <message>
            <source>eqlab did not end cleanly last time. Restore the experiment, its trained weights and its curves as they were last autosaved?</source>
            <translation>eqlab is de vorige keer niet netjes afgesloten. Het experiment, de getrainde gewichten en de curves herstellen zoals ze het laatst automatisch zijn opgeslagen?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Herstellen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerpen</translation>
        </message>
        <message>
            <source>eqlab: restored the session at step %1 from %2
</source>
            <translation>eqlab: sessie bij stap %1 hersteld uit %2
</translation>
        </message>
        <message>
            <source>Session restored at step %1</source>
            <translation>Sessie hersteld bij stap %1</translation>
        </message>
        <message>
            <source>eqlab: cannot restore the session: %1
</source>
            <translation>eqlab: kan de sessie niet herstellen: %1
</translation>
        </message>
        <message>
            <source>Cannot restore the session</source>
            <translation>Kan de sessie niet herstellen</translation>
        </message>
        <message>
            <source>eqlab: event-loop latency while training: p50 %1 ms, p99 %2 ms, max %3 ms (%4 timer events of 10 ms in %5 s); %6 snapshots delivered (%7 per s)
</source>
            <translation>eqlab: latentie van de event-loop tijdens het trainen: p50 %1 ms, p99 %2 ms, max %3 ms (%4 timergebeurtenissen van 10 ms in %5 s); %6 snapshots afgeleverd (%7 per s)
</translation>
        </message>
        <message>
            <source>eqlab: wrote %1
</source>
            <translation>eqlab: %1 geschreven
</translation>
        </message>
        <message>
            <source>eqlab: could not write the screenshot %1
</source>
            <translation>eqlab: kon de schermafbeelding %1 niet schrijven
</translation>
        </message>
        <message>
            <source>eqlab: no autosaved session in %1
</source>
            <translation>eqlab: geen automatisch opgeslagen sessie in %1
</translation>
        </message>
        <message>
            <source>eqlab: unknown group '%1'. Run 'eqlab --help'.
</source>
            <translation>eqlab: onbekende groep '%1'. Voer 'eqlab --help' uit.
</translation>
        </message>
        <message>
            <source>eqlab: unknown view '%1'. Run 'eqlab --help'.
</source>
            <translation>eqlab: onbekende weergave '%1'. Voer 'eqlab --help' uit.
</translation>
        </message>
        <message>
            <source>eqlab: unknown command '%1'. Run 'eqlab --help' for the list.
</source>
            <translation>eqlab: onbekend command '%1'. Voer 'eqlab --help' uit voor de lijst.
</translation>
        </message>
        <message>
            <source>eqlab: %1
Run 'eqlab --help' for the options.
</source>
            <translation>eqlab: %1
Voer 'eqlab --help' uit voor de opties.
</translation>
        </message>
        <message>
            <source>eqlab: unexpected argument '%1'. Run 'eqlab --help'.
</source>
            <translation>eqlab: onverwacht argument '%1'. Voer 'eqlab --help' uit.
</translation>
        </message>
        <message>
            <source>eqlab: --screenshot needs a display (try xvfb-run -a eqlab ...).
</source>
            <translation>eqlab: --screenshot heeft een beeldscherm nodig (probeer xvfb-run -a eqlab ...).
</translation>
        </message>
        <message>
            <source>eqlab: give either an experiment file or --lesson, not both.
</source>
            <translation>eqlab: geef een experimentbestand of --lesson, niet beide.
</translation>
        </message>
        <message>
            <source>eqlab: %1
</source>
            <translation>eqlab: %1
</translation>
        </message>
        <message>
            <source>eqlab: no window; training %1 headless as 'eqlab run' does.
</source>
            <translation>eqlab: geen venster; %1 wordt zonder venster getraind, zoals 'eqlab run' doet.
</translation>
        </message>
        <message>
            <source>eqlab: no lesson named '%1'. Lessons: %2.
</source>
            <translation>eqlab: geen les met de naam '%1'. Lessen: %2.
</translation>
        </message>
        <message>
            <source>eqlab: --group %1: without a window only the orbit lessons take a group (--lesson orbits); the lesson '%2' trains with the group its experiment names.
</source>
            <translation>eqlab: --group %1: zonder venster nemen alleen de banenlessen een groep (--lesson orbits); de les '%2' traint met de groep die haar experiment noemt.
</translation>
        </message>
        <message>
            <source>eqlab: training lesson '%1' headless as 'eqlab run' does.
</source>
            <translation>eqlab: les '%1' wordt zonder venster getraind, zoals 'eqlab run' doet.
</translation>
        </message>
        <message>
            <source>eqlab: no display found; training lesson '%1' headless as 'eqlab run' does.
</source>
            <translation>eqlab: geen beeldscherm gevonden; les '%1' wordt zonder venster getraind, zoals 'eqlab run' doet.
</translation>
        </message>
        <message>
            <source>eqlab: no display found; running lesson '%1' headless.
</source>
            <translation>eqlab: geen beeldscherm gevonden; les '%1' wordt zonder venster uitgevoerd.
</translation>
        </message>
        <message>
            <source>eqlab: --restore-session opens the autosaved experiment: not with --lesson, a file, --screenshot-step or --latency-probe.
</source>
            <translation>eqlab: --restore-session opent het automatisch opgeslagen experiment: niet samen met --lesson, een bestand, --screenshot-step of --latency-probe.
</translation>
        </message>
        <message>
            <source>eqlab: --autosave-interval needs a number of seconds &gt;= 0.
</source>
            <translation>eqlab: --autosave-interval heeft een aantal seconden &gt;= 0 nodig.
</translation>
        </message>
        <message>
            <source>eqlab: --screenshot-step needs a number of steps &gt;= 0 and --screenshot FILE.
</source>
            <translation>eqlab: --screenshot-step heeft een aantal stappen &gt;= 0 en --screenshot FILE nodig.
</translation>
        </message>
        <message>
            <source>eqlab: --screenshot-width needs a width in pixels from 16 to 4000 and --screenshot FILE.
</source>
            <translation>eqlab: --screenshot-width heeft een breedte van 16 tot 4000 pixels en --screenshot FILE nodig.
</translation>
        </message>
        <message>
            <source>eqlab: --latency-probe needs a number of seconds &gt; 0 and an experiment lesson (--lesson NAME).
</source>
            <translation>eqlab: --latency-probe heeft een aantal seconden &gt; 0 en een experimentles (--lesson NAME) nodig.
</translation>
        </message>
    </context>
    <context>
        <name>ArchitectureText</name>
        <message>
            <source> (augmented)</source>
            <translation> (geaugmenteerd)</translation>
        </message>
        <message>
            <source> (on the codes of %1)</source>
            <translation> (op de codes van %1)</translation>
        </message>
    </context>
    <context>
        <name>BasisCommand</name>
        <message>
            <source>eqlab basis: %1
</source>
            <translation>eqlab basis: %1
</translation>
        </message>
        <message>
            <source>Usage: eqlab basis --group NAME --in REP --out REP [--json] [--show]

The basis of the linear maps W with rho_out(g) W = W rho_in(g) for all g, and its
dimension checked against the character formula (1/|G|) sum_g chi_in(g) chi_out(g).
REP: trivial, sign, std, perm, regular, grid:K, with + (direct sum), * (tensor
product), ^k and parentheses, e.g. 'std*std' or '(std^2)+sign' (docs/cli.md).
--show prints the basis matrices (dense basis; for two permutation representations
the 0/1 orbit basis as a matrix of orbit numbers).
</source>
            <translation>Gebruik: eqlab basis --group NAME --in REP --out REP [--json] [--show]

De basis van de lineaire afbeeldingen W met rho_out(g) W = W rho_in(g) voor alle g, en de
dimensie ervan gecontroleerd met de karakterformule (1/|G|) sum_g chi_in(g) chi_out(g).
REP: trivial, sign, std, perm, regular, grid:K, met + (directe som), * (tensor-
product), ^k en haakjes, bijv. 'std*std' of '(std^2)+sign' (docs/cli.md).
--show toont de basismatrices (dichte basis; voor twee permutatierepresentaties
de 0/1-baanbasis als matrix van baannummers).
</translation>
        </message>
        <message>
            <source>eqlab basis: unexpected argument '%1'
</source>
            <translation>eqlab basis: onverwacht argument '%1'
</translation>
        </message>
        <message>
            <source>eqlab basis: missing --%1, e.g. 'eqlab basis --group S4 --in perm --out perm'
</source>
            <translation>eqlab basis: --%1 ontbreekt, bijv. 'eqlab basis --group S4 --in perm --out perm'
</translation>
        </message>
        <message>
            <source>  orbit of each cell (cells with one number share a weight):
</source>
            <translation>  baan van elke cel (cellen met één nummer delen een gewicht):
</translation>
        </message>
        <message>
            <source>  W_%1:
</source>
            <translation>  W_%1:
</translation>
        </message>
        <message>
            <source>  (not shown: %1 x %2 is larger than %3 cells)
</source>
            <translation>  (niet getoond: %1 x %2 is groter dan %3 cellen)
</translation>
        </message>
        <message>
            <source>equivariant maps %1 -&gt; %2 of %3 (|G| = %4)
</source>
            <translation>equivariante afbeeldingen %1 -&gt; %2 van %3 (|G| = %4)
</translation>
        </message>
        <message>
            <source>  shape      %1 x %2
</source>
            <translation>  vorm       %1 x %2
</translation>
        </message>
        <message>
            <source>  dimension  %1 (%2 basis)
</source>
            <translation>  dimensie   %1 (%2 basis)
</translation>
        </message>
        <message>
            <source>  character formula gives %1
</source>
            <translation>  karakterformule geeft %1
</translation>
        </message>
        <message>
            <source>eqlab basis: the solver's dimension %1 differs from the character formula's %2: please report this as a bug
</source>
            <translation>eqlab basis: de dimensie %1 van de solver wijkt af van %2 van de karakterformule: meld dit als bug
</translation>
        </message>
        <message>
            <source>Equivariant linear maps between two representations (eqlab basis --group S4 --in perm --out perm).</source>
            <translation>Equivariante lineaire afbeeldingen tussen twee representaties (eqlab basis --group S4 --in perm --out perm).</translation>
        </message>
    </context>
    <context>
        <name>BasisMethods</name>
        <message>
            <source>orbits</source>
            <translation>banen</translation>
        </message>
        <message>
            <source>isotypic</source>
            <translation>isotypisch</translation>
        </message>
    </context>
    <context>
        <name>FigureCommand</name>
        <message>
            <source>eqlab figure: %1
</source>
            <translation>eqlab figure: %1
</translation>
        </message>
        <message>
            <source>Usage: eqlab figure VIEW --group G [--rep R] [--rep-out R2] [--format F] --out FILE

Draws one of the group explorer's views without a window.
VIEW: %1.
--rep is the representation the orbit lives in (default std), or the
input of the weight-sharing matrix (--rep-out its output, default the
same). The format follows FILE's suffix (svg, pdf, png, csv, glb) or
--format; the CSV of what is drawn is written beside the picture.
No display is needed (docs/figures.md).

</source>
            <translation>Gebruik: eqlab figure VIEW --group G [--rep R] [--rep-out R2] [--format F] --out FILE

Tekent een van de weergaven van de groepsverkenner zonder venster.
VIEW: %1.
--rep is de representatie waarin de baan leeft (standaard std), of de
invoer van de gewichtsdelingsmatrix (--rep-out de uitvoer, standaard
dezelfde). Het formaat volgt de extensie van FILE (svg, pdf, png, csv, glb) of
--format; de CSV van wat getekend is wordt naast de afbeelding geschreven.
Geen beeldscherm nodig (docs/figures.md).

</translation>
        </message>
        <message>
            <source>eqlab figure: expected one view (%1), e.g. 'eqlab figure orbit --group I --rep std --out orbit.svg'
</source>
            <translation>eqlab figure: verwachtte één weergave (%1), bijv. 'eqlab figure orbit --group I --rep std --out orbit.svg'
</translation>
        </message>
        <message>
            <source>eqlab figure: --group and --out are needed
</source>
            <translation>eqlab figure: --group en --out zijn nodig
</translation>
        </message>
        <message>
            <source>eqlab figure: cannot tell the format of '%1' (known: %2)
</source>
            <translation>eqlab figure: kan het formaat van '%1' niet bepalen (bekend: %2)
</translation>
        </message>
        <message>
            <source>eqlab figure: only orbit and cayley are 3-D (glb)
</source>
            <translation>eqlab figure: alleen orbit en cayley zijn 3D (glb)
</translation>
        </message>
        <message>
            <source>eqlab figure: cannot create the folder %1
</source>
            <translation>eqlab figure: kan de map %1 niet aanmaken
</translation>
        </message>
        <message>
            <source>eqlab figure: wrote %1 (data: %2)
</source>
            <translation>eqlab figure: %1 geschreven (data: %2)
</translation>
        </message>
        <message>
            <source>Draw an explorer view to a file (eqlab figure orbit --group I --out o.svg).</source>
            <translation>Een verkennerweergave naar een bestand tekenen (eqlab figure orbit --group I --out o.svg).</translation>
        </message>
    </context>
    <context>
        <name>FigureExport</name>
        <message>
            <source>--size expects WIDTHxHEIGHT in cm between 1 and 100, e.g. 12x8; got '%1'</source>
            <translation>--size verwacht BREEDTExHOOGTE in cm tussen 1 en 100, bijv. 12x8; kreeg '%1'</translation>
        </message>
        <message>
            <source>--font-size expects points between 2 and 72, got '%1'</source>
            <translation>--font-size verwacht een grootte in punten tussen 2 en 72, kreeg '%1'</translation>
        </message>
        <message>
            <source>--scale expects 1, 2, 3 or 4, got '%1'</source>
            <translation>--scale verwacht 1, 2, 3 of 4, kreeg '%1'</translation>
        </message>
        <message>
            <source>  --size WxH           Figure size in cm (default 12x8).
  --font-size PT       Text size in points (default 9).
  --font FAMILY        Font family (default: the system's).
  --scale N            PNG pixels: the size at 96 dpi times N (1-4, default 1).
  --screen-style       The window's colours instead of the paper style.
</source>
            <translation>  --size WxH           Grootte van de figuur in cm (standaard 12x8).
  --font-size PT       Tekstgrootte in punten (standaard 9).
  --font FAMILY        Lettertypefamilie (standaard: die van het systeem).
  --scale N            PNG-pixels: de grootte bij 96 dpi maal N (1-4, standaard 1).
  --screen-style       De kleuren van het venster in plaats van de papierstijl.
</translation>
        </message>
        <message>
            <source>unknown figure format '%1' (known: %2)</source>
            <translation>onbekend figuurformaat '%1' (bekend: %2)</translation>
        </message>
        <message>
            <source>no figure format given (e.g. --figures svg,pdf,png)</source>
            <translation>geen figuurformaat opgegeven (bijv. --figures svg,pdf,png)</translation>
        </message>
        <message>
            <source>%1: figure '%2': %3
</source>
            <translation>%1: figuur '%2': %3
</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n figure(s) (%2, with the CSV of each) in %3
</source>
            <translation>
                <numerusform>%1: %n figuur (%2, elk met de CSV) in %3
</numerusform>
                <numerusform>%1: %n figuren (%2, elk met de CSV) in %3
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureFiles</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>kan %1 niet schrijven: %2</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>kan %1 niet schrijven</translation>
        </message>
        <message>
            <source>the figure's size must be between 1 and 100 cm, got %1 × %2 cm</source>
            <translation>de grootte van de figuur moet tussen 1 en 100 cm liggen, kreeg %1 × %2 cm</translation>
        </message>
        <message>
            <source>the font size must be between 2 and 72 pt, got %1</source>
            <translation>de lettergrootte moet tussen 2 en 72 pt liggen, kreeg %1</translation>
        </message>
        <message>
            <source>%1: only the 3-D views (orbits, Cayley graph) export glTF</source>
            <translation>%1: alleen de 3D-weergaven (banen, Cayley-graaf) exporteren glTF</translation>
        </message>
        <message>
            <source>%1: unknown format '%2' (known: %3)</source>
            <translation>%1: onbekend formaat '%2' (bekend: %3)</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>kan de map %1 niet aanmaken</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>Loss</source>
            <translation>Verlies</translation>
        </message>
        <message>
            <source>step</source>
            <translation>stap</translation>
        </message>
        <message>
            <source>mini-batch loss</source>
            <translation>minibatchverlies</translation>
        </message>
        <message>
            <source>Train/test</source>
            <translation>Train/test</translation>
        </message>
        <message>
            <source>loss (dashed: test set)</source>
            <translation>verlies (gestreept: testset)</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Nauwkeurigheid</translation>
        </message>
        <message>
            <source>accuracy (dashed: test set)</source>
            <translation>nauwkeurigheid (gestreept: testset)</translation>
        </message>
        <message>
            <source>Symmetry error</source>
            <translation>Symmetriefout</translation>
        </message>
        <message>
            <source>relative error |f(g·x) - g·f(x)| / |f(x)|</source>
            <translation>relatieve fout |f(g·x) - g·f(x)| / |f(x)|</translation>
        </message>
        <message>
            <source>Receptive fields</source>
            <translation>Receptieve velden</translation>
        </message>
        <message>
            <source>inverse participation ratio (1/D spread, 1 local)</source>
            <translation>inverse participatieratio (1/D verspreid, 1 lokaal)</translation>
        </message>
        <message>
            <source>Stitching</source>
            <translation>Aaneenhechten</translation>
        </message>
        <message>
            <source>mean loss</source>
            <translation>gemiddeld verlies</translation>
        </message>
        <message>
            <source>generator %1</source>
            <translation>generator %1</translation>
        </message>
        <message>
            <source>%1 · %2: orbit spread %3</source>
            <translation>%1 · %2: baanspreiding %3</translation>
        </message>
        <message>
            <source>%1: learned filters</source>
            <translation>%1: geleerde filters</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>gewicht</translation>
        </message>
        <message>
            <source>Multiplication table of %1 (row · column)</source>
            <translation>Vermenigvuldigingstabel van %1 (rij · kolom)</translation>
        </message>
        <message>
            <source>Character table of %1</source>
            <translation>Karaktertabel van %1</translation>
        </message>
        <message>
            <source>%1: %2 free parameters</source>
            <translation>%1: %2 vrije parameters</translation>
        </message>
        <message>
            <source>output</source>
            <translation>uitvoer</translation>
        </message>
        <message>
            <source>input</source>
            <translation>invoer</translation>
        </message>
        <message>
            <source>a random equivariant W</source>
            <translation>een willekeurige equivariante W</translation>
        </message>
    </context>
    <context>
        <name>GroupCommand</name>
        <message>
            <source>  character table (rows: irreducibles over C; columns: classes)
</source>
            <translation>  karaktertabel (rijen: irreducibelen over C; kolommen: klassen)
</translation>
        </message>
        <message>
            <source>group %1
</source>
            <translation>groep %1
</translation>
        </message>
        <message>
            <source>  order          %1
</source>
            <translation>  orde          %1
</translation>
        </message>
        <message>
            <source>  abelian        %1
</source>
            <translation>  abels         %1
</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nee</translation>
        </message>
        <message>
            <source>  exponent       %1
</source>
            <translation>  exponent      %1
</translation>
        </message>
        <message>
            <source>%1 (order %2)</source>
            <translation>%1 (orde %2)</translation>
        </message>
        <message>
            <source>  generators     %1
</source>
            <translation>  generatoren   %1
</translation>
        </message>
        <message>
            <source>  element orders %1
</source>
            <translation>  elementordes  %1
</translation>
        </message>
        <message>
            <source>  classes        %1, of sizes %2
</source>
            <translation>  klassen       %1, met groottes %2
</translation>
        </message>
        <message>
            <source>  centre         %1 element(s)
</source>
            <translation>  centrum       %1 element(en)
</translation>
        </message>
        <message>
            <source>eqlab group: %1
</source>
            <translation>eqlab group: %1
</translation>
        </message>
        <message>
            <source>Usage: eqlab group NAME [--json]

Facts of a finite group: order, generators, element orders, conjugacy
classes. NAME: Cn, Dn, Sn, An, V4, Q8, T, O, I, products such as
C3xC4, or custom:FILE (docs/cli.md).
</source>
            <translation>Gebruik: eqlab group NAME [--json]

Feiten over een eindige groep: orde, generatoren, elementordes, conjugatie-
klassen. NAME: Cn, Dn, Sn, An, V4, Q8, T, O, I, producten zoals
C3xC4, of custom:FILE (docs/cli.md).
</translation>
        </message>
        <message>
            <source>eqlab group: expected one group name, e.g. 'eqlab group D4'
</source>
            <translation>eqlab group: verwachtte één groepsnaam, bijv. 'eqlab group D4'
</translation>
        </message>
        <message>
            <source>Facts of a finite group (eqlab group D4 --json).</source>
            <translation>Feiten over een eindige groep (eqlab group D4 --json).</translation>
        </message>
    </context>
    <context>
        <name>GroupStudy</name>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: order %2, %3, %4 conjugacy classes, centre of order %5, exponent %6.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: orde %2, %3, %4 conjugatieklassen, centrum van orde %5, exponent %6.</translation>
        </message>
        <message>
            <source>abelian</source>
            <translation>abels</translation>
        </message>
        <message>
            <source>non-abelian</source>
            <translation>niet-abels</translation>
        </message>
        <message>
            <source>Cayley graph of %1</source>
            <translation>Cayley-graaf van %1</translation>
        </message>
        <message>
            <source>χ%1 (dim %2)</source>
            <translation>χ%1 (dim %2)</translation>
        </message>
        <message>
            <source>%1 → %2 of %3</source>
            <translation>%1 → %2 van %3</translation>
        </message>
    </context>
    <context>
        <name>HeadlessLesson</name>
        <message>
            <source>eqlab: lesson '%1': %2
</source>
            <translation>eqlab: les '%1': %2
</translation>
        </message>
        <message>
            <source>eqlab: cannot create the results folder %1
</source>
            <translation>eqlab: kan de resultatenmap %1 niet aanmaken
</translation>
        </message>
        <message>
            <source>eqlab: cannot write results into %1: %2
</source>
            <translation>eqlab: kan geen resultaten schrijven in %1: %2
</translation>
        </message>
        <message>
            <source>eqlab: lesson '%1': %2 acting on R^%3, the orbit of the point has %4 points (stabilizer of order %5).
</source>
            <translation>eqlab: les '%1': %2 werkend op R^%3, de baan van het punt heeft %4 punten (stabilisator van orde %5).
</translation>
        </message>
        <message>
            <source>eqlab: results written to %1 (orbit.csv, summary.json)
</source>
            <translation>eqlab: resultaten geschreven naar %1 (orbit.csv, summary.json)
</translation>
        </message>
    </context>
    <context>
        <name>KindParameters</name>
        <message>
            <source>n, the number of elements of the set</source>
            <translation>n, het aantal elementen van de verzameling</translation>
        </message>
        <message>
            <source>number of training samples</source>
            <translation>aantal trainingssamples</translation>
        </message>
        <message>
            <source>held-out test samples, drawn from their own stream (0: no test set)</source>
            <translation>achtergehouden testsamples, getrokken uit een eigen stroom (0: geen testset)</translation>
        </message>
        <message>
            <source>pixels D on the ring</source>
            <translation>pixels D op de ring</translation>
        </message>
        <message>
            <source>correlation length of class 0</source>
            <translation>correlatielengte van klasse 0</translation>
        </message>
        <message>
            <source>correlation length of class 1</source>
            <translation>correlatielengte van klasse 1</translation>
        </message>
        <message>
            <source>g: larger is further from Gaussian</source>
            <translation>g: groter is verder van Gaussisch</translation>
        </message>
        <message>
            <source>samples, half of each class</source>
            <translation>samples, de helft van elke klasse</translation>
        </message>
        <message>
            <source>sample the Gaussian with the same covariance (the clone) instead</source>
            <translation>in plaats daarvan de Gaussische verdeling met dezelfde covariantie trekken (de kloon)</translation>
        </message>
        <message>
            <source>K: harmonics 1..K</source>
            <translation>K: harmonischen 1..K</translation>
        </message>
        <message>
            <source>samples</source>
            <translation>samples</translation>
        </message>
        <message>
            <source>classes sign(&lt;f^3&gt;) instead of regressing &lt;f^3&gt;</source>
            <translation>klassen sign(&lt;f^3&gt;) in plaats van regressie op &lt;f^3&gt;</translation>
        </message>
        <message>
            <source>cells of each polyomino (4: tetrominoes)</source>
            <translation>cellen van elke polyomino (4: tetromino's)</translation>
        </message>
        <message>
            <source>image size K (odd, at least cells)</source>
            <translation>beeldgrootte K (oneven, minstens cells)</translation>
        </message>
        <message>
            <source>random rotations (C4) or rotations and flips (D4)</source>
            <translation>willekeurige rotaties (C4) of rotaties en spiegelingen (D4)</translation>
        </message>
        <message>
            <source>number of samples</source>
            <translation>aantal samples</translation>
        </message>
        <message>
            <source>standard deviation of Gaussian pixel noise</source>
            <translation>standaardafwijking van de Gaussische pixelruis</translation>
        </message>
        <message>
            <source>image size n</source>
            <translation>beeldgrootte n</translation>
        </message>
        <message>
            <source>angles uniform in [0, max_degrees); 0 = upright</source>
            <translation>hoeken uniform in [0, max_degrees); 0 = rechtop</translation>
        </message>
        <message>
            <source>random scale, shift and stroke width</source>
            <translation>willekeurige schaal, verschuiving en lijndikte</translation>
        </message>
        <message>
            <source>points per sample (repeating vertices)</source>
            <translation>punten per sample (hoekpunten herhaald)</translation>
        </message>
        <message>
            <source>the random rotations: a catalogue group, or uniform on SO(3)</source>
            <translation>de willekeurige rotaties: een groep uit de catalogus, of uniform op SO(3)</translation>
        </message>
        <message>
            <source>standard deviation of noise per coordinate</source>
            <translation>standaardafwijking van de ruis per coördinaat</translation>
        </message>
        <message>
            <source>pattern size K (2^(K*K) patterns)</source>
            <translation>patroongrootte K (2^(K*K) patronen)</translation>
        </message>
        <message>
            <source>the group on the grid</source>
            <translation>de groep op het rooster</translation>
        </message>
        <message>
            <source>all patterns; equal-count (two orbits per stabilizer order at pixel counts K*K/2-1 and K*K/2); or seed patterns, numbers separated by commas: their complete orbits</source>
            <translation>alle patronen; equal-count (twee banen per stabilisatororde bij de aantallen pixels K*K/2-1 en K*K/2); of zaadpatronen, getallen gescheiden door komma's: hun volledige banen</translation>
        </message>
        <message>
            <source>each pattern once, or each pattern |Stab| times (every orbit |G| samples)</source>
            <translation>elk patroon één keer, of elk patroon |Stab| keer (elke baan |G| samples)</translation>
        </message>
        <message>
            <source>fraction of the samples held out as the test set (0: no test set)</source>
            <translation>fractie van de samples die als testset wordt achtergehouden (0: geen testset)</translation>
        </message>
        <message>
            <source>dimension of x</source>
            <translation>dimensie van x</translation>
        </message>
        <message>
            <source>p = +1 (even) or -1 (odd)</source>
            <translation>p = +1 (even) of -1 (oneven)</translation>
        </message>
        <message>
            <source>training samples</source>
            <translation>trainingssamples</translation>
        </message>
        <message>
            <source>K, the image side</source>
            <translation>K, de zijde van het beeld</translation>
        </message>
        <message>
            <source>the order of the cyclic group C_n</source>
            <translation>de orde van de cyclische groep C_n</translation>
        </message>
        <message>
            <source>the element g in the input: its index as one number (what a group-action layer reads), or one-hot in |G| rows (a fair input for plain nets)</source>
            <translation>het element g in de invoer: zijn index als één getal (wat een groepswerkingslaag leest) of one-hot in |G| rijen (een eerlijke invoer voor gewone netten)</translation>
        </message>
        <message>
            <source>number of training samples (even)</source>
            <translation>aantal trainingssamples (even)</translation>
        </message>
        <message>
            <source>d, input dimension</source>
            <translation>d, invoerdimensie</translation>
        </message>
        <message>
            <source>h, hidden units of the teacher</source>
            <translation>h, verborgen neuronen van de leraar</translation>
        </message>
        <message>
            <source>the teacher's s</source>
            <translation>de s van de leraar</translation>
        </message>
        <message>
            <source>D, samples around the ring</source>
            <translation>D, samples rond de ring</translation>
        </message>
        <message>
            <source>translation-invariant low-pass filter, or the same spectrum in random bases</source>
            <translation>translatie-invariant laagdoorlaatfilter, of hetzelfde spectrum in willekeurige bases</translation>
        </message>
        <message>
            <source>w: gain exp(-f^2 / 2w^2) at ring frequency f</source>
            <translation>w: versterking exp(-f^2 / 2w^2) bij ringfrequentie f</translation>
        </message>
        <message>
            <source>the CSV file</source>
            <translation>het CSV-bestand</translation>
        </message>
        <message>
            <source>how many trailing columns are targets</source>
            <translation>hoeveel van de laatste kolommen doelen zijn</translation>
        </message>
        <message>
            <source>the target column holds class indices 0, 1, ...</source>
            <translation>de doelkolom bevat klasse-indices 0, 1, ...</translation>
        </message>
        <message>
            <source>the group the data is posed under, e.g. S5</source>
            <translation>de groep waaronder de data gesteld zijn, bijv. S5</translation>
        </message>
        <message>
            <source>its action on one sample, e.g. perm (docs/representations.md)</source>
            <translation>haar werking op één sample, bijv. perm (docs/representations.md)</translation>
        </message>
        <message>
            <source>the .npy file of the inputs</source>
            <translation>het .npy-bestand van de invoer</translation>
        </message>
        <message>
            <source>the .npy file of the targets</source>
            <translation>het .npy-bestand van de doelen</translation>
        </message>
        <message>
            <source>K, the side of the image</source>
            <translation>K, de zijde van het beeld</translation>
        </message>
        <message>
            <source>output width</source>
            <translation>uitvoerbreedte</translation>
        </message>
        <message>
            <source>add a bias</source>
            <translation>een bias toevoegen</translation>
        </message>
        <message>
            <source>the nonlinearity</source>
            <translation>de niet-lineariteit</translation>
        </message>
        <message>
            <source>representation of the input, e.g. perm</source>
            <translation>representatie van de invoer, bijv. perm</translation>
        </message>
        <message>
            <source>representation of the output, e.g. 4*perm</source>
            <translation>representatie van de uitvoer, bijv. 4*perm</translation>
        </message>
        <message>
            <source>output channels</source>
            <translation>uitvoerkanalen</translation>
        </message>
        <message>
            <source>a bias on the rotation-invariant part (k = 0)</source>
            <translation>een bias op het rotatie-invariante deel (k = 0)</translation>
        </message>
        <message>
            <source>the pointwise function</source>
            <translation>de puntsgewijze functie</translation>
        </message>
        <message>
            <source>N samples per channel, at least 2K+1; 0 means 3K+1 (exact for square)</source>
            <translation>N bemonsteringspunten per kanaal, minstens 2K+1; 0 betekent 3K+1 (exact voor square)</translation>
        </message>
        <message>
            <source>rotations (C4) or rotations and flips (D4) of the grid</source>
            <translation>rotaties (C4) of rotaties en spiegelingen (D4) van het rooster</translation>
        </message>
        <message>
            <source>output channels (each with |H| maps)</source>
            <translation>uitvoerkanalen (elk met |H| kaarten)</translation>
        </message>
        <message>
            <source>kernel size k (odd)</source>
            <translation>kernelgrootte k (oneven)</translation>
        </message>
        <message>
            <source>zero padding on each side; -1 = k/2 (same size)</source>
            <translation>opvullen met nullen aan elke kant; -1 = k/2 (zelfde grootte)</translation>
        </message>
        <message>
            <source>a bias per output channel</source>
            <translation>een bias per uitvoerkanaal</translation>
        </message>
        <message>
            <source>number N of filter orientations (360/N degrees apart)</source>
            <translation>aantal N filteroriëntaties (360/N graden uit elkaar)</translation>
        </message>
        <message>
            <source>output channels (each with N orientations)</source>
            <translation>uitvoerkanalen (elk met N oriëntaties)</translation>
        </message>
        <message>
            <source>kernel size k (odd; the disc |z| &lt;= k/2)</source>
            <translation>kerngrootte k (oneven; de schijf |z| &lt;= k/2)</translation>
        </message>
        <message>
            <source>max or mean over the group</source>
            <translation>maximum of gemiddelde over de groep</translation>
        </message>
        <message>
            <source>the averaged net f</source>
            <translation>het gemiddelde net f</translation>
        </message>
        <message>
            <source>invariant output, or equivariant with out_rep</source>
            <translation>invariante uitvoer, of equivariant met out_rep</translation>
        </message>
        <message>
            <source>representation of the output (equivariant)</source>
            <translation>representatie van de uitvoer (equivariant)</translation>
        </message>
        <message>
            <source>coupling layers in the flow Φ</source>
            <translation>koppelingslagen in de flow Φ</translation>
        </message>
        <message>
            <source>hidden width of each coupling's net</source>
            <translation>verborgen breedte van het net van elke koppeling</translation>
        </message>
        <message>
            <source>nonlinearity of those nets</source>
            <translation>niet-lineariteit van die netten</translation>
        </message>
        <message>
            <source>σ: swap the two halves of x, or negate its second half</source>
            <translation>σ: de twee helften van x verwisselen, of de tweede helft ervan negeren</translation>
        </message>
        <message>
            <source>coupling layers of Φ (additive: volume-preserving)</source>
            <translation>koppelingslagen van Φ (additief: volumebehoudend)</translation>
        </message>
        <message>
            <source>P: a faithful representation of the group by signed permutations, e.g. std (Q8, C4, D4), perm, regular</source>
            <translation>P: een getrouwe representatie van de groep door permutaties met tekens, bijv. std (Q8, C4, D4), perm, regular</translation>
        </message>
        <message>
            <source>additive couplings only: log|det J| = 0 exactly (else affine)</source>
            <translation>alleen additieve koppelingen: log|det J| = 0 exact (anders affien)</translation>
        </message>
        <message>
            <source>the wrapped net g</source>
            <translation>het omhulde net g</translation>
        </message>
        <message>
            <source>T: x -&gt; -x, the left-right mirror of an image, or A x + c from 'matrix' and 'offset'</source>
            <translation>T: x -&gt; -x, de links-rechtsspiegeling van een beeld, of A x + c uit 'matrix' en 'offset'</translation>
        </message>
        <message>
            <source>A, row by row (involution 'matrix'), A^2 = I</source>
            <translation>A, rij voor rij (involutie 'matrix'), A^2 = I</translation>
        </message>
        <message>
            <source>c with A c = -c (default 0)</source>
            <translation>c met A c = -c (standaard 0)</translation>
        </message>
        <message>
            <source>relu: x relu(|x| - b)/|x|; sigmoid: x sigmoid(|x| - b)</source>
            <translation>relu: x relu(|x| - b)/|x|; sigmoid: x sigmoid(|x| - b)</translation>
        </message>
        <message>
            <source>tensor order of the hidden features</source>
            <translation>tensororde van de verborgen kenmerken</translation>
        </message>
        <message>
            <source>copies of the order-1 or order-2 features</source>
            <translation>kopieën van de kenmerken van orde 1 of 2</translation>
        </message>
        <message>
            <source>equivariant hidden layers</source>
            <translation>equivariante verborgen lagen</translation>
        </message>
        <message>
            <source>invariant features before the output layer</source>
            <translation>invariante kenmerken vóór de uitvoerlaag</translation>
        </message>
        <message>
            <source>the pointwise nonlinearity</source>
            <translation>de puntsgewijze niet-lineariteit</translation>
        </message>
        <message>
            <source>order 2: start with x -&gt; x (x) x (else a linear lift)</source>
            <translation>orde 2: beginnen met x -&gt; x (x) x (anders een lineaire lift)</translation>
        </message>
    </context>
    <context>
        <name>KindsCommand</name>
        <message>
            <source>eqlab kinds: %1
</source>
            <translation>eqlab kinds: %1
</translation>
        </message>
        <message>
            <source>takes no arguments besides --json or --markdown</source>
            <translation>accepteert geen argumenten behalve --json of --markdown</translation>
        </message>
        <message>
            <source>Usage: eqlab kinds [--json | --markdown]

Lists every task, layer and metric kind an experiment file can name,
with its parameters: type, default, allowed values and meaning.
--markdown prints the reference of docs/experiment-format.md.
</source>
            <translation>Gebruik: eqlab kinds [--json | --markdown]

Toont elk soort taak, laag en metriek dat een experimentbestand kan noemen,
met de parameters: type, standaardwaarde, toegestane waarden en betekenis.
--markdown toont de referentie van docs/experiment-format.md.
</translation>
        </message>
        <message>
            <source>, required</source>
            <translation>, verplicht</translation>
        </message>
        <message>
            <source>, default %1</source>
            <translation>, standaard %1</translation>
        </message>
        <message>
            <source>Task kinds ("task": {"kind": ...}):</source>
            <translation>Soorten taken ("task": {"kind": ...}):</translation>
        </message>
        <message>
            <source>Layer kinds ("model": [{"type": ...}]):</source>
            <translation>Soorten lagen ("model": [{"type": ...}]):</translation>
        </message>
        <message>
            <source>Metric kinds ("metrics": {"compute": [...]}):</source>
            <translation>Soorten metrieken ("metrics": {"compute": [...]}):</translation>
        </message>
        <message>
            <source>Every task, layer and metric kind with its parameters (eqlab kinds --json).</source>
            <translation>Elk soort taak, laag en metriek met de parameters (eqlab kinds --json).</translation>
        </message>
    </context>
    <context>
        <name>LabExperiment</name>
        <message>
            <source>: %1 parameters</source>
            <translation>: %1 parameters</translation>
        </message>
        <message>
            <source> — %1</source>
            <translation> — %1</translation>
        </message>
    </context>
    <context>
        <name>LayerKinds</name>
        <message>
            <source>fully connected layer, W x + b (breaks any symmetry)</source>
            <translation>volledig verbonden laag, W x + b (breekt elke symmetrie)</translation>
        </message>
        <message>
            <source>pointwise nonlinearity (commutes with permutation representations)</source>
            <translation>puntsgewijze niet-lineariteit (commuteert met permutatierepresentaties)</translation>
        </message>
        <message>
            <source>linear map in the basis of equivariant maps between two representations of the group</source>
            <translation>lineaire afbeelding in de basis van equivariante afbeeldingen tussen twee representaties van de groep</translation>
        </message>
        <message>
            <source>mixes channels frequency by frequency (a complex weight per k): commutes with every rotation</source>
            <translation>mengt kanalen frequentie per frequentie (een complex gewicht per k): commuteert met elke rotatie</translation>
        </message>
        <message>
            <source>samples each channel at N points, applies a pointwise function, keeps harmonics up to K (exact for every angle when N is large enough, else only at multiples of 2pi/N)</source>
            <translation>bemonstert elk kanaal in N punten, past een puntsgewijze functie toe, behoudt de harmonischen tot K (exact voor elke hoek als N groot genoeg is, anders alleen bij veelvouden van 2pi/N)</translation>
        </message>
        <message>
            <source>rotation-invariant readout: per channel the mean a0 and the power a_k^2 + b_k^2 of each harmonic</source>
            <translation>rotatie-invariante uitlezing: per kanaal het gemiddelde a0 en het vermogen a_k^2 + b_k^2 van elke harmonische</translation>
        </message>
        <message>
            <source>lifting convolution: correlate an image with the |H| rotated/flipped filters</source>
            <translation>lifting-convolutie: correleert een beeld met de |H| gedraaide/gespiegelde filters</translation>
        </message>
        <message>
            <source>group convolution on maps over (H, pixels); exactly H-equivariant</source>
            <translation>groepsconvolutie op kaarten over (H, pixels); exact H-equivariant</translation>
        </message>
        <message>
            <source>max or mean over the group axis at every pixel (invariant to H on it)</source>
            <translation>maximum of gemiddelde over de groepsas in elke pixel (invariant onder H daarop)</translation>
        </message>
        <message>
            <source>mean over all pixels of each channel (and group element)</source>
            <translation>gemiddelde over alle pixels van elk kanaal (en groepselement)</translation>
        </message>
        <message>
            <source>lifting to an orientation stack: correlate an image with N filters rotated by 360/N degrees (bilinear, on a disc)</source>
            <translation>lifting naar een oriëntatiestapel: correleer een beeld met N filters gedraaid over 360/N graden (bilineair, op een schijf)</translation>
        </message>
        <message>
            <source>group convolution over an orientation stack: rotated filters, orientation axis rolled; exact at quarter turns when 4 divides N</source>
            <translation>groepsconvolutie over een oriëntatiestapel: gedraaide filters, oriëntatie-as gerold; exact bij kwartslagen als 4 een deler van N is</translation>
        </message>
        <message>
            <source>Reynolds average of a nested model over the experiment's group: invariant (mean_g f(g.x)) or equivariant (mean_g g^-1.f(g.x)), exactly</source>
            <translation>Reynolds-gemiddelde van een genest model over de groep van het experiment: exact invariant (mean_g f(g.x)) of equivariant (mean_g g^-1.f(g.x))</translation>
        </message>
        <message>
            <source>N = Φ⁻¹ ∘ σ ∘ Φ with coupling layers: N(N(x)) = x exactly</source>
            <translation>N = Φ⁻¹ ∘ σ ∘ Φ met koppelingslagen: N(N(x)) = x exact</translation>
        </message>
        <message>
            <source>N_g = Φ⁻¹ ∘ P(g) ∘ Φ on inputs [x; g]: N_e = id and N_g ∘ N_h = N_gh exactly</source>
            <translation>N_g = Φ⁻¹ ∘ P(g) ∘ Φ op invoer [x; g]: N_e = id en N_g ∘ N_h = N_gh exact</translation>
        </message>
        <message>
            <source>f(x) = ½[g(x) + p·g(T x)] for a nested model g and an involution T x = A x + c: f(T x) = p·f(x) exactly</source>
            <translation>f(x) = ½[g(x) + p·g(T x)] voor een genest model g en een involutie T x = A x + c: f(T x) = p·f(x) exact</translation>
        </message>
        <message>
            <source>scales each block of the features by a function of its norm: equivariant for any orthogonal representation (use it after rotations, where a pointwise one is not)</source>
            <translation>schaalt elk blok van de kenmerken met een functie van zijn norm: equivariant voor elke orthogonale representatie (te gebruiken na rotaties, waar een puntsgewijze het niet is)</translation>
        </message>
        <message>
            <source>x -&gt; x (x) x (all products x_i x_j): from a representation to its square</source>
            <translation>x -&gt; x (x) x (alle producten x_i x_j): van een representatie naar haar kwadraat</translation>
        </message>
        <message>
            <source>a G-invariant net of order 1 (features like x) or 2 (like x x^T) for a permutation action (Maron et al. 2019); gives 1 value</source>
            <translation>een G-invariant net van orde 1 (kenmerken zoals x) of 2 (zoals x x^T) voor een permutatiewerking (Maron et al. 2019); geeft 1 waarde</translation>
        </message>
    </context>
    <context>
        <name>LessonCatalogue</name>
        <message>
            <source>More lessons</source>
            <translation>Meer lessen</translation>
        </message>
    </context>
    <context>
        <name>MetricNames</name>
        <message>
            <source>train loss</source>
            <translation>trainingsverlies</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>nauwkeurigheid</translation>
        </message>
        <message>
            <source>invariance error</source>
            <translation>invariantiefout</translation>
        </message>
        <message>
            <source>equivariance error</source>
            <translation>equivariantiefout</translation>
        </message>
        <message>
            <source>test loss</source>
            <translation>testverlies</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation>testnauwkeurigheid</translation>
        </message>
        <message>
            <source>test invariance error</source>
            <translation>test-invariantiefout</translation>
        </message>
        <message>
            <source>test equivariance error</source>
            <translation>test-equivariantiefout</translation>
        </message>
        <message>
            <source>rotation error</source>
            <translation>rotatiefout</translation>
        </message>
        <message>
            <source>rotation error max</source>
            <translation>rotatiefout (maximum)</translation>
        </message>
        <message>
            <source>harmonic distortion</source>
            <translation>harmonische vervorming</translation>
        </message>
        <message>
            <source>aliased power</source>
            <translation>gealiaste energie</translation>
        </message>
        <message>
            <source>aliasing error</source>
            <translation>aliasingfout</translation>
        </message>
        <message>
            <source>ipr</source>
            <translation>IPR</translation>
        </message>
        <message>
            <source>layer error max</source>
            <translation>laagfout (maximum)</translation>
        </message>
        <message>
            <source>layer error mean</source>
            <translation>laagfout (gemiddelde)</translation>
        </message>
        <message>
            <source>invariance error quarter turns</source>
            <translation>invariantiefout bij kwartslagen</translation>
        </message>
        <message>
            <source>invariance error 45deg</source>
            <translation>invariantiefout bij 45°</translation>
        </message>
        <message>
            <source>orbit spread output</source>
            <translation>baanspreiding van de uitvoer</translation>
        </message>
        <message>
            <source>recon error stab1</source>
            <translation>reconstructiefout |Stab| = 1</translation>
        </message>
        <message>
            <source>recon error stab2</source>
            <translation>reconstructiefout |Stab| = 2</translation>
        </message>
        <message>
            <source>recon error stab4</source>
            <translation>reconstructiefout |Stab| = 4</translation>
        </message>
        <message>
            <source>recon error stab8</source>
            <translation>reconstructiefout |Stab| = 8</translation>
        </message>
        <message>
            <source>recon error stab ratio</source>
            <translation>reconstructiefout, verhouding van de stabilisatoren</translation>
        </message>
        <message>
            <source>stab gamma</source>
            <translation>gamma naar stabilisator</translation>
        </message>
        <message>
            <source>stab gamma same count</source>
            <translation>gamma naar stabilisator, zelfde aantal pixels</translation>
        </message>
        <message>
            <source>stab gamma shuffled</source>
            <translation>gamma naar stabilisator, labels geschud</translation>
        </message>
        <message>
            <source>stab gamma orbits</source>
            <translation>gamma naar stabilisator, over banen</translation>
        </message>
        <message>
            <source>stab gamma progress</source>
            <translation>gamma naar stabilisator, over banen, voortgang</translation>
        </message>
        <message>
            <source>count gamma</source>
            <translation>gamma naar aantal pixels</translation>
        </message>
        <message>
            <source>group law violation</source>
            <translation>schending van de groepswet</translation>
        </message>
        <message>
            <source>group law violation max</source>
            <translation>schending van de groepswet (maximum)</translation>
        </message>
        <message>
            <source>log det mean</source>
            <translation>log det (gemiddelde)</translation>
        </message>
        <message>
            <source>log det max abs</source>
            <translation>log det (grootste absolute waarde)</translation>
        </message>
        <message>
            <source>involution error</source>
            <translation>involutiefout</translation>
        </message>
        <message>
            <source>involution error max</source>
            <translation>involutiefout (maximum)</translation>
        </message>
        <message>
            <source>parity error</source>
            <translation>pariteitsfout</translation>
        </message>
        <message>
            <source>parity error max</source>
            <translation>pariteitsfout (maximum)</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>parameters</translation>
        </message>
        <message>
            <source>symmetry error</source>
            <translation>symmetriefout</translation>
        </message>
        <message>
            <source>outside error</source>
            <translation>fout buiten de groep</translation>
        </message>
        <message>
            <source>distance before</source>
            <translation>afstand vooraf</translation>
        </message>
        <message>
            <source>distance after</source>
            <translation>afstand achteraf</translation>
        </message>
        <message>
            <source>alignment ratio</source>
            <translation>uitlijningsverhouding</translation>
        </message>
        <message>
            <source>matched correlation</source>
            <translation>correlatie van de gekoppelde neuronen</translation>
        </message>
        <message>
            <source>roughness before</source>
            <translation>ruwheid vooraf</translation>
        </message>
        <message>
            <source>roughness after</source>
            <translation>ruwheid achteraf</translation>
        </message>
        <message>
            <source>roughness ratio</source>
            <translation>ruwheidsverhouding</translation>
        </message>
        <message>
            <source>weight roughness ratio</source>
            <translation>ruwheidsverhouding van de gewichten</translation>
        </message>
        <message>
            <source>input roughness</source>
            <translation>ingangsruwheid</translation>
        </message>
        <message>
            <source>rotation error vs angle</source>
            <translation>rotatiefout tegen de hoek</translation>
        </message>
        <message>
            <source>harmonic spectrum</source>
            <translation>harmonisch spectrum</translation>
        </message>
        <message>
            <source>aliased power vs n square</source>
            <translation>gealiaste energie tegen N, kwadraat</translation>
        </message>
        <message>
            <source>aliased power vs n relu</source>
            <translation>gealiaste energie tegen N, relu</translation>
        </message>
        <message>
            <source>aliasing error vs n square</source>
            <translation>aliasingfout tegen N, kwadraat</translation>
        </message>
        <message>
            <source>aliasing error vs n relu</source>
            <translation>aliasingfout tegen N, relu</translation>
        </message>
        <message>
            <source>symmetry error per element and layer</source>
            <translation>symmetriefout per element en laag</translation>
        </message>
        <message>
            <source>symmetry error per layer over training</source>
            <translation>symmetriefout per laag tijdens de training</translation>
        </message>
        <message>
            <source>invariance error vs angle</source>
            <translation>invariantiefout tegen de hoek</translation>
        </message>
        <message>
            <source>orbit spread per layer</source>
            <translation>baanspreiding per laag</translation>
        </message>
        <message>
            <source>reconstruction error by stabilizer</source>
            <translation>reconstructiefout per stabilisator</translation>
        </message>
        <message>
            <source>reconstruction error by count and stabilizer</source>
            <translation>reconstructiefout naar aantal pixels en stabilisator</translation>
        </message>
        <message>
            <source>ranking of the error</source>
            <translation>rangorde van de fout</translation>
        </message>
        <message>
            <source>alignment correlation</source>
            <translation>correlatie van de uitlijning</translation>
        </message>
        <message>
            <source>descramble weights trained</source>
            <translation>gewichten zoals getraind</translation>
        </message>
        <message>
            <source>descramble weights descrambled</source>
            <translation>gewichten ontward</translation>
        </message>
        <message>
            <source>stitched loss before</source>
            <translation>verlies aaneengehecht vooraf</translation>
        </message>
        <message>
            <source>stitched loss after</source>
            <translation>verlies aaneengehecht achteraf</translation>
        </message>
        <message>
            <source>stitched loss fitted</source>
            <translation>verlies aaneengehecht aangepast</translation>
        </message>
        <message>
            <source>own loss</source>
            <translation>eigen verlies</translation>
        </message>
        <message>
            <source>peer loss</source>
            <translation>verlies van de andere run</translation>
        </message>
        <message>
            <source>stitching ratio</source>
            <translation>verhouding bij aaneenhechten</translation>
        </message>
        <message>
            <source>aligned distance per layer</source>
            <translation>uitgelijnde afstand per laag</translation>
        </message>
        <message>
            <source>orientation error quarter</source>
            <translation>oriëntatiefout kwartslag</translation>
        </message>
        <message>
            <source>orientation error mean</source>
            <translation>oriëntatiefout gemiddeld</translation>
        </message>
        <message>
            <source>orientation error grid</source>
            <translation>oriëntatiefout bij de oriëntaties</translation>
        </message>
        <message>
            <source>orientation error between</source>
            <translation>oriëntatiefout ertussen</translation>
        </message>
        <message>
            <source>conv parameters</source>
            <translation>convolutieparameters</translation>
        </message>
        <message>
            <source>cnn parameters same channels</source>
            <translation>CNN-parameters zelfde kanalen</translation>
        </message>
        <message>
            <source>cnn parameters same maps</source>
            <translation>CNN-parameters zelfde maps</translation>
        </message>
        <message>
            <source>orientation error vs angle</source>
            <translation>oriëntatiefout tegen de hoek</translation>
        </message>
        <message>
            <source>rotation angle (degrees)</source>
            <translation>rotatiehoek (graden)</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>laag</translation>
        </message>
        <message>
            <source>harmonic order k</source>
            <translation>harmonische orde k</translation>
        </message>
        <message>
            <source>share of the power of sigma(f)</source>
            <translation>aandeel in het vermogen van sigma(f)</translation>
        </message>
        <message>
            <source>samples N</source>
            <translation>samples N</translation>
        </message>
        <message>
            <source>nonlinearity</source>
            <translation>niet-lineariteit</translation>
        </message>
        <message>
            <source>aliased share of sigma(f)'s power</source>
            <translation>teruggevouwen aandeel van de energie van sigma(f)</translation>
        </message>
        <message>
            <source>|L(R x) - R L(x)| / |L(x)|</source>
            <translation>|L(R x) - R L(x)| / |L(x)|</translation>
        </message>
        <message>
            <source>group element g</source>
            <translation>groepselement g</translation>
        </message>
        <message>
            <source>layer (output of)</source>
            <translation>laag (de uitvoer ervan)</translation>
        </message>
        <message>
            <source>mean |f(g.x) - g.f(x)| / |f(x)|</source>
            <translation>gemiddelde van |f(g.x) - g.f(x)| / |f(x)|</translation>
        </message>
        <message>
            <source>step</source>
            <translation>stap</translation>
        </message>
        <message>
            <source>mean error over the elements g != e</source>
            <translation>gemiddelde fout over de elementen g != e</translation>
        </message>
        <message>
            <source>mean |f(R x) - f(x)| / |f(x)|, R bilinear</source>
            <translation>gemiddelde van |f(R x) - f(x)| / |f(x)|, R bilineair</translation>
        </message>
        <message>
            <source>orbit spread / rms norm (0 = collapsed)</source>
            <translation>baanspreiding / rms-norm (0 = samengevallen)</translation>
        </message>
        <message>
            <source>stabilizer size |Stab(x)|</source>
            <translation>grootte van de stabilisator |Stab(x)|</translation>
        </message>
        <message>
            <source>mean squared reconstruction error</source>
            <translation>gemiddelde kwadratische reconstructiefout</translation>
        </message>
        <message>
            <source>pixels on</source>
            <translation>pixels aan</translation>
        </message>
        <message>
            <source>ranked by</source>
            <translation>geordend naar</translation>
        </message>
        <message>
            <source>gamma (+1: ranked higher, reconstructed better)</source>
            <translation>gamma (+1: hoger geordend, beter gereconstrueerd)</translation>
        </message>
        <message>
            <source>gamma</source>
            <translation>gamma</translation>
        </message>
        <message>
            <source>pixel count</source>
            <translation>aantal pixels</translation>
        </message>
        <message>
            <source>stabilizer</source>
            <translation>stabilisator</translation>
        </message>
        <message>
            <source>stabilizer, same count</source>
            <translation>stabilisator, zelfde aantal pixels</translation>
        </message>
        <message>
            <source>stabilizer, shuffled</source>
            <translation>stabilisator, geschud</translation>
        </message>
        <message>
            <source>stabilizer, orbits</source>
            <translation>stabilisator, banen</translation>
        </message>
        <message>
            <source>stabilizer, orbits, progress</source>
            <translation>stabilisator, banen, voortgang</translation>
        </message>
        <message>
            <source>hidden unit of this run</source>
            <translation>verborgen neuron van deze run</translation>
        </message>
        <message>
            <source>matched hidden unit of '%1'</source>
            <translation>gekoppeld verborgen neuron van '%1'</translation>
        </message>
        <message>
            <source>%1 (invariance)</source>
            <translation>%1 (invariantie)</translation>
        </message>
        <message>
            <source>layer %1</source>
            <translation>laag %1</translation>
        </message>
        <message>
            <source>|correlation| of the activations</source>
            <translation>|correlatie| van de activaties</translation>
        </message>
        <message>
            <source>hidden unit, as trained</source>
            <translation>verborgen eenheid, zoals getraind</translation>
        </message>
        <message>
            <source>hidden unit, descrambled</source>
            <translation>verborgen eenheid, ontward</translation>
        </message>
        <message>
            <source>input</source>
            <translation>invoer</translation>
        </message>
        <message>
            <source>incoming weight</source>
            <translation>inkomend gewicht</translation>
        </message>
        <message>
            <source>error</source>
            <translation>fout</translation>
        </message>
        <message>
            <source>relative orbit spread</source>
            <translation>relatieve baanspreiding</translation>
        </message>
        <message>
            <source>reconstruction error</source>
            <translation>reconstructiefout</translation>
        </message>
        <message>
            <source>weight layer</source>
            <translation>gewichtslaag</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>uitlijning</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vooraf</translation>
        </message>
        <message>
            <source>after</source>
            <translation>achteraf</translation>
        </message>
        <message>
            <source>relative weight distance</source>
            <translation>relatieve gewichtsafstand</translation>
        </message>
        <message>
            <source>unit %1</source>
            <translation>neuron %1</translation>
        </message>
        <message>
            <source>sample %1</source>
            <translation>sample %1</translation>
        </message>
        <message>
            <source>out %1, in %2, %3</source>
            <translation>uit %1, in %2, %3</translation>
        </message>
        <message>
            <source>%1→%2: %3</source>
            <extracomment>A G-CNN filter's identity copy (or an orientation filter's 0° copy): input channel → output channel: group element or angle</extracomment>
            <translation>%1→%2: %3</translation>
        </message>
    </context>
    <context>
        <name>MetricSeriesLook</name>
        <message>
            <source>%1 (test)</source>
            <translation>%1 (test)</translation>
        </message>
    </context>
    <context>
        <name>NetCommands</name>
        <message>
            <source>%1: give --weights FILE and --experiment FILE (or a lesson's name)
</source>
            <translation>%1: geef --weights FILE en --experiment FILE (of de naam van een les)
</translation>
        </message>
        <message>
            <source>%1: '%2' is neither a file nor a lesson ('eqlab presets' lists the lessons)
</source>
            <translation>%1: '%2' is geen bestand en geen les ('eqlab presets' toont de lessen)
</translation>
        </message>
        <message>
            <source>Usage: eqlab check --weights FILE --experiment FILE|LESSON [--run LABEL]
                   [--group G] [--json]

The symmetry error of a trained net per layer and per group element, on the
experiment's training inputs (at most %1): equivariance where a layer's output
has a known action of the group, invariance otherwise (docs/math.md §4.4).
--group G checks another group acting the same way on the input (default: the
experiment's group).
</source>
            <translation>Gebruik: eqlab check --weights FILE --experiment FILE|LESSON [--run LABEL]
                     [--group G] [--json]

De symmetriefout van een getraind net per laag en per groepselement, op de
trainingsinvoer van het experiment (hoogstens %1): equivariantie waar de uitvoer
van een laag een bekende actie van de groep heeft, anders invariantie
(docs/math.md §4.4). --group G controleert een andere groep die op dezelfde
manier op de invoer werkt (standaard: de groep van het experiment).
</translation>
        </message>
        <message>
            <source>%1, run %2, group %3: error per element (rows) and layer (columns)
</source>
            <translation>%1, run %2, groep %3: fout per element (rijen) en laag (kolommen)
</translation>
        </message>
        <message>
            <source>equivariance</source>
            <translation>equivariantie</translation>
        </message>
        <message>
            <source>invariance</source>
            <translation>invariantie</translation>
        </message>
        <message>
            <source>Usage: eqlab audit --weights FILE --experiment FILE|LESSON [--run LABEL]
                   [--groups D4,C8,...] [--tolerance T] [--json]

Which symmetries a trained net has: every subgroup of each candidate group
(default: the experiment's group) with the net's error under it (the largest
over its elements), and the largest subgroups whose error is at most T
(default 1e-6), one per conjugacy class (docs/math.md §4.13). With --json: one
object per group with the keys group, tolerance, subgroups, respected; a list
of them for several groups.
</source>
            <translation>Gebruik: eqlab audit --weights FILE --experiment FILE|LESSON [--run LABEL]
                     [--groups D4,C8,...] [--tolerance T] [--json]

Welke symmetrieën een getraind net heeft: elke ondergroep van elke kandidaatgroep
(standaard: de groep van het experiment) met de fout van het net onder die
ondergroep (de grootste over haar elementen), en de grootste ondergroepen met een
fout van hoogstens T (standaard 1e-6), één per conjugatieklasse (docs/math.md
§4.13). Met --json: één object per groep met de sleutels group, tolerance,
subgroups, respected; een lijst daarvan voor meerdere groepen.
</translation>
        </message>
        <message>
            <source>%1: --tolerance expects a number &gt;= 0, got '%2'
</source>
            <translation>%1: --tolerance verwacht een getal &gt;= 0, kreeg '%2'
</translation>
        </message>
        <message>
            <source>%1: %2 subgroups; respected within %3:
</source>
            <translation>%1: %2 ondergroepen; gerespecteerd binnen %3:
</translation>
        </message>
        <message>
            <source>A trained net's symmetry error per layer and group element (eqlab check --weights w.safetensors --experiment e.json).</source>
            <translation>De symmetriefout van een getraind net per laag en groepselement (eqlab check --weights w.safetensors --experiment e.json).</translation>
        </message>
        <message>
            <source>Which subgroups a trained net respects (eqlab audit --weights w.safetensors --experiment e.json --groups D4).</source>
            <translation>Welke ondergroepen een getraind net respecteert (eqlab audit --weights w.safetensors --experiment e.json --groups D4).</translation>
        </message>
    </context>
    <context>
        <name>OrbitStudy</name>
        <message>
            <source>generator %1 (order %2)</source>
            <translation>generator %1 (orde %2)</translation>
        </message>
        <message>
            <source>%1 acting by %2: orbit of %3 points</source>
            <translation>%1 werkend via %2: baan van %3 punten</translation>
        </message>
    </context>
    <context>
        <name>PresetsCommand</name>
        <message>
            <source>eqlab presets: %1
</source>
            <translation>eqlab presets: %1
</translation>
        </message>
        <message>
            <source>takes no arguments besides --json</source>
            <translation>accepteert geen argumenten behalve --json</translation>
        </message>
        <message>
            <source>Usage: eqlab presets [--json]

Lists the lessons compiled into eqlab. Run one headless with
'eqlab run NAME'; its summary.json says whether the lesson's effect
showed. docs/lessons.md describes each.
</source>
            <translation>Gebruik: eqlab presets [--json]

Toont de lessen die in eqlab zijn ingebouwd. Voer er een uit zonder venster met
'eqlab run NAME'; de summary.json ervan zegt of het effect van de les
zichtbaar werd. docs/lessons.md beschrijft elke les.
</translation>
        </message>
        <message>
            <source>no group</source>
            <translation>geen groep</translation>
        </message>
        <message>
            <source> vs </source>
            <translation> vs </translation>
        </message>
        <message>
            <source>List the lessons (eqlab presets --json); run one with eqlab run NAME.</source>
            <translation>De lessen tonen (eqlab presets --json); voer er een uit met eqlab run NAME.</translation>
        </message>
    </context>
    <context>
        <name>RunCommand</name>
        <message>
            <source>eqlab run: --%1 expects a whole number &gt;= %2, got '%3'
</source>
            <translation>eqlab run: --%1 verwacht een geheel getal &gt;= %2, kreeg '%3'
</translation>
        </message>
        <message>
            <source>eqlab run: %1
</source>
            <translation>eqlab run: %1
</translation>
        </message>
        <message>
            <source>Usage: eqlab run EXPERIMENT.eqlab.json|LESSON [--variant NAME] [--out DIR] [--steps N] [--seed S] [--threads T] [--weights FILE [--run LABEL]] [--quiet]

Trains an experiment (a file, or a lesson's name: eqlab presets)
without a window and writes metrics.csv,
losses.csv, summary.json, experiment.json and each run's weights at
the end, &lt;run&gt;.safetensors, into DIR (default: eqlab-results/&lt;name&gt;).
The files do not depend on --threads.
--variant NAME applies one of the file's "variants" (a lesson's
things to try) first; a variant has no headline.
The format: docs/experiment-format.md.

  --weights FILE       Start from the weights in a safetensors file (one
                       written by eqlab run, or by NumPy/PyTorch as in
                       docs/interop.md); with --steps 0 the net is only
                       evaluated. They go into the run the file's
                       metadata names, or the only run.
  --run LABEL          The run that --weights is for.
  --figures LIST       Also draw every figure of the lesson's views at the
                       end (LIST: svg,pdf,png,glb) into DIR/figures, each
                       with its CSV; no display needed.
  --mark-complete      Write DIR/sweep.done (finished or diverged) last,
                       once every result is written (eqlab sweep uses it).
</source>
            <translation>Gebruik: eqlab run EXPERIMENT.eqlab.json|LESSON [--variant NAME] [--out DIR] [--steps N] [--seed S] [--threads T] [--weights FILE [--run LABEL]] [--quiet]

Traint een experiment (een bestand, of de naam van een les: eqlab presets)
zonder venster en schrijft metrics.csv,
losses.csv, summary.json, experiment.json en aan het eind de gewichten
van elke run, &lt;run&gt;.safetensors, naar DIR (standaard: eqlab-results/&lt;name&gt;).
De bestanden hangen niet af van --threads.
--variant NAME past eerst een van de "variants" van het bestand toe (de
dingen om te proberen van een les); een variant heeft geen kernboodschap.
Het formaat: docs/experiment-format.md.

  --weights FILE       Starten vanaf de gewichten in een safetensors-bestand
                       (geschreven door eqlab run, of door NumPy/PyTorch zoals
                       in docs/interop.md); met --steps 0 wordt het net alleen
                       geëvalueerd. Ze gaan naar de run die de metadata van
                       het bestand noemt, of naar de enige run.
  --run LABEL          De run waarvoor --weights bedoeld is.
  --figures LIST       Aan het eind ook elke figuur van de weergaven van de les
                       tekenen (LIST: svg,pdf,png,glb) naar DIR/figures, elk
                       met de CSV ervan; geen beeldscherm nodig.
  --mark-complete      Als laatste DIR/sweep.done schrijven (klaar of
                       gedivergeerd), zodra alles geschreven is (voor eqlab sweep).
</translation>
        </message>
        <message>
            <source>eqlab run: expected one experiment file, e.g. 'eqlab run xor.eqlab.json'
</source>
            <translation>eqlab run: verwachtte één experimentbestand, bijv. 'eqlab run xor.eqlab.json'
</translation>
        </message>
        <message>
            <source>lesson %1</source>
            <translation>les %1</translation>
        </message>
        <message>
            <source>eqlab run: '%1' is neither a file nor a lesson ('eqlab presets' lists the lessons)
</source>
            <translation>eqlab run: '%1' is geen bestand en geen les ('eqlab presets' toont de lessen)
</translation>
        </message>
        <message>
            <source>eqlab run: %1 has no variant '%2' (variants: %3)
</source>
            <translation>eqlab run: %1 heeft geen variant '%2' (varianten: %3)
</translation>
        </message>
        <message>
            <source>none</source>
            <translation>geen</translation>
        </message>
        <message>
            <source>eqlab run: --run chooses the run that --weights is for; give --weights FILE too
</source>
            <translation>eqlab run: --run kiest de run waarvoor --weights bedoeld is; geef ook --weights FILE
</translation>
        </message>
        <message>
            <source>eqlab run: --weights: %1
</source>
            <translation>eqlab run: --weights: %1
</translation>
        </message>
        <message>
            <source>eqlab run: %1 (choose one with --run LABEL)
</source>
            <translation>eqlab run: %1 (kies er een met --run LABEL)
</translation>
        </message>
        <message>
            <source><byte value="xd" />  step %1/%2  loss %3  %4 steps/s  ETA %5 s   </source>
            <translation><byte value="xd" />  stap %1/%2  verlies %3  %4 stappen/s  nog %5 s   </translation>
        </message>
        <message>
            <source>eqlab run: %1: %2. The last good parameters were kept; results up to there are in %3
</source>
            <translation>eqlab run: %1: %2. De laatste goede parameters zijn behouden; resultaten tot daar staan in %3
</translation>
        </message>
        <message>
            <source>eqlab run: %1: %2 stages of %3 steps; results in %4
</source>
            <translation>eqlab run: %1: %2 trappen van %3 stappen; resultaten in %4
</translation>
        </message>
        <message>
            <source>eqlab run: %1: %2 steps; results in %3
</source>
            <translation>eqlab run: %1: %2 stappen; resultaten in %3
</translation>
        </message>
        <message>
            <source>  run %1 started from the weights in %2
</source>
            <translation>  run %1 gestart vanaf de gewichten in %2
</translation>
        </message>
        <message>
            <source>  shown: %1
</source>
            <translation>  getoond: %1
</translation>
        </message>
        <message>
            <source>  NOT shown this time: %1
</source>
            <translation>  deze keer NIET getoond: %1
</translation>
        </message>
        <message>
            <source>eqlab run: %1: %2
</source>
            <translation>eqlab run: %1: %2
</translation>
        </message>
        <message>
            <source>Train an experiment headless (eqlab run xor.eqlab.json --out results).</source>
            <translation>Een experiment zonder venster trainen (eqlab run xor.eqlab.json --out results).</translation>
        </message>
    </context>
    <context>
        <name>SweepCommand</name>
        <message>
            <source>%1 s</source>
            <translation>%1 s</translation>
        </message>
        <message>
            <source>%1 min</source>
            <translation>%1 min</translation>
        </message>
        <message>
            <source>%1 h</source>
            <translation>%1 u</translation>
        </message>
        <message>
            <source>  %1: diverged (an earlier run of the sweep; see %2)</source>
            <translation>  %1: gedivergeerd (een eerdere run van de sweep; zie %2)</translation>
        </message>
        <message>
            <source>eqlab sweep: %1: %2 runs, %3 already complete; running %4, %5 at a time with %6 thread(s) each
</source>
            <translation>eqlab sweep: %1: %2 runs, %3 al voltooid; %4 worden uitgevoerd, %5 tegelijk met elk %6 thread(s)
</translation>
        </message>
        <message>
            <source><byte value="xd" />  [%1/%2] %3 running, %4 failed, elapsed %5, ETA %6      </source>
            <translation><byte value="xd" />  [%1/%2] %3 bezig, %4 mislukt, verstreken %5, nog %6      </translation>
        </message>
        <message>
            <source>finished</source>
            <translation>klaar</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>gedivergeerd</translation>
        </message>
        <message>
            <source>  %1: diverged (results up to there in %2)</source>
            <translation>  %1: gedivergeerd (resultaten tot daar in %2)</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>MISLUKT</translation>
        </message>
        <message>
            <source>  %1: failed (%2): %3</source>
            <translation>  %1: mislukt (%2): %3</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>afsluitcode %1</translation>
        </message>
        <message>
            <source>crashed</source>
            <translation>gecrasht</translation>
        </message>
        <message>
            <source>no output</source>
            <translation>geen uitvoer</translation>
        </message>
        <message>
            <source>  [%1/%2] %3 %4 (%5)
</source>
            <translation>  [%1/%2] %3 %4 (%5)
</translation>
        </message>
        <message>
            <source>  %1: could not start %2: %3</source>
            <translation>  %1: kon %2 niet starten: %3</translation>
        </message>
        <message>
            <source>eqlab sweep: %1 of %2 runs did not finish:
%3
</source>
            <translation>eqlab sweep: %1 van %2 runs zijn niet afgerond:
%3
</translation>
        </message>
        <message>
            <source>eqlab sweep: %1 finished now, %2 complete before, %3 diverged, %4 failed, in %5; results in %6 (eqlab aggregate %6)
</source>
            <translation>eqlab sweep: %1 nu klaar, %2 al eerder voltooid, %3 gedivergeerd, %4 mislukt, in %5; resultaten in %6 (eqlab aggregate %6)
</translation>
        </message>
        <message>
            <source>eqlab sweep: %1 runs; the job array is %2 (not submitted: sbatch %2 submits it)
</source>
            <translation>eqlab sweep: %1 runs; de job-array is %2 (niet ingediend: sbatch %2 dient hem in)
</translation>
        </message>
        <message>
            <source>eqlab sweep: cannot run sbatch (%1); the job array is %2
</source>
            <translation>eqlab sweep: kan sbatch niet uitvoeren (%1); de job-array is %2
</translation>
        </message>
        <message>
            <source>eqlab sweep: sbatch failed: %1
</source>
            <translation>eqlab sweep: sbatch mislukt: %1
</translation>
        </message>
        <message>
            <source>eqlab sweep: submitted job array %1 (%2 tasks); 'eqlab sweep --collect %3' says what has finished
</source>
            <translation>eqlab sweep: job-array %1 ingediend (%2 taken); 'eqlab sweep --collect %3' zegt wat klaar is
</translation>
        </message>
        <message>
            <source>eqlab sweep: %1: %2 of %3 runs finished, %4 diverged, %5 not complete in %6
</source>
            <translation>eqlab sweep: %1: %2 van %3 runs klaar, %4 gedivergeerd, %5 niet voltooid in %6
</translation>
        </message>
        <message>
            <source>  diverged: %1
</source>
            <translation>  gedivergeerd: %1
</translation>
        </message>
        <message>
            <source>  not complete: %1
</source>
            <translation>  niet voltooid: %1
</translation>
        </message>
        <message>
            <source>  (the tasks' output is in %1)
</source>
            <translation>  (de uitvoer van de taken staat in %1)
</translation>
        </message>
        <message>
            <source>eqlab sweep: %1
</source>
            <translation>eqlab sweep: %1
</translation>
        </message>
        <message>
            <source>Usage: eqlab sweep SWEEP.sweep.json --out DIR [--jobs N] [--threads T]
       eqlab sweep SWEEP.sweep.json --out DIR --slurm [--partition P] [--time T]
                   [--cpus C] [--dry-run]
       eqlab sweep --collect DIR

Runs every experiment of a sweep (a base experiment and axes of values:
docs/sweeps.md), each as 'eqlab run' into DIR/&lt;run&gt;. Runs that are complete
(DIR/&lt;run&gt;/sweep.done) are skipped, so a killed sweep resumes.

  --jobs N       Runs at a time (default: the cores / T). N x T &lt;= cores.
  --threads T    Threads per run (default 1); the results do not depend on it.
  --slurm        Write DIR/sweep.sbatch, a Slurm job array of one task per run,
                 and submit it with sbatch (--dry-run: only write it).
  --partition P, --time T, --cpus C   The tasks' Slurm partition, time limit
                 and CPUs (default 1).
  --collect DIR  Say which runs of the sweep in DIR are complete.
Then 'eqlab aggregate DIR' gives the mean, sd and 95 % interval over seeds.
</source>
            <translation>Gebruik: eqlab sweep SWEEP.sweep.json --out DIR [--jobs N] [--threads T]
         eqlab sweep SWEEP.sweep.json --out DIR --slurm [--partition P] [--time T]
                     [--cpus C] [--dry-run]
         eqlab sweep --collect DIR

Voert elk experiment van een sweep uit (een basisexperiment en assen van waarden:
docs/sweeps.md), elk als 'eqlab run' naar DIR/&lt;run&gt;. Voltooide runs
(DIR/&lt;run&gt;/sweep.done) worden overgeslagen, zodat een afgebroken sweep hervat.

  --jobs N       Runs tegelijk (standaard: de cores / T). N x T &lt;= cores.
  --threads T    Threads per run (standaard 1); de resultaten hangen er niet van af.
  --slurm        DIR/sweep.sbatch schrijven, een Slurm-job-array met één taak per run,
                 en die met sbatch indienen (--dry-run: alleen schrijven).
  --partition P, --time T, --cpus C   De Slurm-partitie, de tijdslimiet en het
                 aantal CPU's (standaard 1) van de taken.
  --collect DIR  Zeggen welke runs van de sweep in DIR voltooid zijn.
Daarna geeft 'eqlab aggregate DIR' het gemiddelde, de sd en het 95%-interval over de seeds.
</translation>
        </message>
        <message>
            <source>eqlab sweep: --collect takes the folder only
</source>
            <translation>eqlab sweep: --collect accepteert alleen de map
</translation>
        </message>
        <message>
            <source>eqlab sweep: expected a sweep file and --out DIR, e.g. 'eqlab sweep seeds.sweep.json --out results'
</source>
            <translation>eqlab sweep: verwachtte een sweepbestand en --out DIR, bijv. 'eqlab sweep seeds.sweep.json --out results'
</translation>
        </message>
        <message>
            <source>eqlab sweep: --%1 expects a whole number &gt;= 1, got '%2'
</source>
            <translation>eqlab sweep: --%1 verwacht een geheel getal &gt;= 1, kreeg '%2'
</translation>
        </message>
        <message>
            <source>eqlab sweep: --jobs %1 x --threads %2 is more than the %3 cores of this machine
</source>
            <translation>eqlab sweep: --jobs %1 x --threads %2 is meer dan de %3 cores van deze machine
</translation>
        </message>
        <message>
            <source>eqlab sweep: no file '%1'
</source>
            <translation>eqlab sweep: bestand '%1' bestaat niet
</translation>
        </message>
        <message>
            <source>Run a sweep of experiments here or as a Slurm job array (eqlab sweep seeds.sweep.json --out results).</source>
            <translation>Een sweep van experimenten hier of als Slurm-job-array uitvoeren (eqlab sweep seeds.sweep.json --out results).</translation>
        </message>
    </context>
    <context>
        <name>TaskKinds</name>
        <message>
            <source>2 inputs in {-1,1}^2, class x1 != x2 (4 samples)</source>
            <translation>2 invoerwaarden in {-1,1}^2, klasse x1 != x2 (4 samples)</translation>
        </message>
        <message>
            <source>x in [-1,1]^n, y = sum of x_i^2 (invariant under S_n)</source>
            <translation>x in [-1,1]^n, y = som van de x_i^2 (invariant onder S_n)</translation>
        </message>
        <message>
            <source>x in [-1,1]^n, y = max_i x_i (invariant under S_n)</source>
            <translation>x in [-1,1]^n, y = max_i x_i (invariant onder S_n)</translation>
        </message>
        <message>
            <source>two correlation lengths on a ring of pixels: non-Gaussian x = erf(g z/sqrt 2)/sqrt(gamma) (Ingrosso &amp; Goldt) or its Gaussian clone</source>
            <translation>twee correlatielengtes op een ring van pixels: niet-Gaussische x = erf(g z/sqrt 2)/sqrt(gamma) (Ingrosso &amp; Goldt) of zijn Gaussische kloon</translation>
        </message>
        <message>
            <source>random band-limited functions on the circle (Fourier coefficients up to K); target their third moment &lt;f^3&gt;, invariant under every rotation</source>
            <translation>willekeurige bandbegrensde functies op de cirkel (Fouriercoëfficiënten tot K); doel is hun derde moment &lt;f^3&gt;, invariant onder elke rotatie</translation>
        </message>
        <message>
            <source>a polyomino on a K x K grid, randomly placed and transformed by C4 (one-sided classes) or D4 (free classes); class = the polyomino</source>
            <translation>een polyomino op een K x K-rooster, willekeurig geplaatst en getransformeerd door C4 (eenzijdige klassen) of D4 (vrije klassen); klasse = de polyomino</translation>
        </message>
        <message>
            <source>six stroke glyphs (L T C Z J V) drawn anti-aliased on an n x n grid at random angles</source>
            <translation>zes lijntekens (L T C Z J V), anti-aliased getekend op een n x n-rooster onder willekeurige hoeken</translation>
        </message>
        <message>
            <source>vertices of a Platonic solid with noise, shuffled and rotated by T, O, I or any rotation; class = the solid</source>
            <translation>hoekpunten van een regelmatig veelvlak met ruis, geschud en gedraaid door T, O, I of een willekeurige rotatie; klasse = het veelvlak</translation>
        </message>
        <message>
            <source>every binary K x K pattern once, or a few complete orbits, target = the pattern (an autoencoder's task); orbits and stabilizers under C4 or D4</source>
            <translation>elk binair K x K-patroon één keer, of enkele volledige banen, doel = het patroon (de taak van een autoencoder); banen en stabilisatoren onder C4 of D4</translation>
        </message>
        <message>
            <source>x in [-2,2]^dim, an even (f(-x) = f(x)) or odd (f(-x) = -f(x)) function of x</source>
            <translation>x in [-2,2]^dim, een even (f(-x) = f(x)) of oneven (f(-x) = -f(x)) functie van x</translation>
        </message>
        <message>
            <source>K x K images of two blobs; a target even or odd under the left-right mirror</source>
            <translation>K x K-beelden van twee vlekken; een doel, even of oneven onder de links-rechtsspiegeling</translation>
        </message>
        <message>
            <source>triples (g, x, g.x): Q8 acting on R^4 by a nonlinear conjugate of left multiplication; input [x; g]</source>
            <translation>drietallen (g, x, g.x): Q8 werkt op R^4 via een niet-lineaire geconjugeerde van linksvermenigvuldiging; invoer [x; g]</translation>
        </message>
        <message>
            <source>triples (g, x, g.x): C_n rotating points of a spiral in R^2; input [x; g]</source>
            <translation>drietallen (g, x, g.x): C_n draait punten van een spiraal in R^2; invoer [x; g]</translation>
        </message>
        <message>
            <source>x in R^4, y = an involution of R^4 (a nonlinear conjugate of swapping halves)</source>
            <translation>x in R^4, y = een involutie van R^4 (een niet-lineaire geconjugeerde van het verwisselen van de helften)</translation>
        </message>
        <message>
            <source>x in [-1,1]^n, y = mean over pairs of |x_i - x_j| (invariant under S_n)</source>
            <translation>x in [-1,1]^n, y = gemiddelde van |x_i - x_j| over de paren (invariant onder S_n)</translation>
        </message>
        <message>
            <source>y = Vandermonde product of x in [-1,1]^n, normalised: invariant under A_n, odd under transpositions; samples in pairs (x, (0 1)x)</source>
            <translation>y = Vandermonde-product van x in [-1,1]^n, genormaliseerd: invariant onder A_n, oneven onder transposities; samples in paren (x, (0 1)x)</translation>
        </message>
        <message>
            <source>targets of a random two-layer teacher net y = w2 . s(W1 x + b1), x ~ N(0, I): a student of the same shape can match it in many ways (its intertwiner group)</source>
            <translation>doelen van een willekeurig tweelaags leraarnet y = w2 . s(W1 x + b1), x ~ N(0, I): een leerlingnet van dezelfde vorm kan het op vele manieren evenaren (zijn vervlechtingsgroep)</translation>
        </message>
        <message>
            <source>a linear map y = T x of white noise x on a ring of D samples: a Gaussian low-pass filter (filter) or the same gains between two random orthonormal bases (random)</source>
            <translation>een lineaire afbeelding y = T x van witte ruis x op een ring van D samples: een Gaussisch laagdoorlaatfilter (filter) of dezelfde versterkingen tussen twee willekeurige orthonormale bases (random)</translation>
        </message>
        <message>
            <source>a CSV file: a header, then one sample per line, features first and the target column(s) last (docs/data-formats.md)</source>
            <translation>een CSV-bestand: een kopregel, dan één sample per regel, eerst de kenmerken en als laatste de doelkolom(men) (docs/data-formats.md)</translation>
        </message>
        <message>
            <source>two NumPy .npy arrays: x (samples x features) and y (samples x targets, or 1-D), float64 or float32, C order (docs/data-formats.md)</source>
            <translation>twee NumPy-.npy-arrays: x (samples x kenmerken) en y (samples x doelen, of 1-D), float64 of float32, C-volgorde (docs/data-formats.md)</translation>
        </message>
        <message>
            <source>K x K image x in [-1,1], y = mean squared difference of 4-neighbouring pixels (invariant under D4 acting on the grid)</source>
            <translation>K x K-beeld x in [-1,1], y = gemiddelde kwadratische verschil van 4-naburige pixels (invariant onder D4, werkend op het rooster)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::Autosave</name>
        <message>
            <source>The autosave was set aside in %1.</source>
            <translation>De automatisch opgeslagen sessie is apart gezet in %1.</translation>
        </message>
        <message>
            <source>The autosave in %1 could not be set aside.</source>
            <translation>De automatisch opgeslagen sessie in %1 kon niet apart worden gezet.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::ExperimentDocument</name>
        <message>
            <source>untitled</source>
            <translation>naamloos</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::ExplorerEditor</name>
        <message>
            <source>Cannot solve for this pair: %1</source>
            <translation>Kan dit paar niet oplossen: %1</translation>
        </message>
        <message>
            <source>Explore</source>
            <translation>Verkennen</translation>
        </message>
        <message>
            <source>|g·x − x|</source>
            <translation>|g·x − x|</translation>
        </message>
        <message>
            <source>order %1, %2 generators; orbit %3 points, stabilizer order %4</source>
            <translation>orde %1, %2 generatoren; baan %3 punten, stabilisator van orde %4</translation>
        </message>
        <message>
            <source>%1: |G| = %2, |Orb(x)| = %3, |Stab(x)| = %4</source>
            <translation>%1: |G| = %2, |Orb(x)| = %3, |Stab(x)| = %4</translation>
        </message>
        <message>
            <source>Cannot show this orbit: %1</source>
            <translation>Kan deze baan niet tonen: %1</translation>
        </message>
        <message>
            <source>Cannot show the group: %1</source>
            <translation>Kan de groep niet tonen: %1</translation>
        </message>
        <message>
            <source>Solving for the equivariant maps %1 → %2…</source>
            <translation>Equivariante afbeeldingen %1 → %2 oplossen…</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::FigureExportDialog</name>
        <message>
            <source>Export Figure</source>
            <translation>Figuur exporteren</translation>
        </message>
        <message>
            <source>SVG, PDF and PNG</source>
            <translation>SVG, PDF en PNG</translation>
        </message>
        <message>
            <source>SVG (vector)</source>
            <translation>SVG (vector)</translation>
        </message>
        <message>
            <source>PDF (vector)</source>
            <translation>PDF (vector)</translation>
        </message>
        <message>
            <source>PNG (image)</source>
            <translation>PNG (afbeelding)</translation>
        </message>
        <message>
            <source>CSV (the plotted numbers only)</source>
            <translation>CSV (alleen de geplotte getallen)</translation>
        </message>
        <message>
            <source>glTF binary (3-D, for a browser or slides)</source>
            <translation>glTF binair (3D, voor een browser of dia’s)</translation>
        </message>
        <message>
            <source>The file format: SVG and PDF stay sharp at any size, PNG is a picture, CSV holds the numbers</source>
            <translation>Het bestandsformaat: SVG en PDF blijven op elk formaat scherp, PNG is een afbeelding, CSV bevat de getallen</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Formaat:</translation>
        </message>
        <message>
            <source> cm</source>
            <translation> cm</translation>
        </message>
        <message>
            <source> pt</source>
            <translation> pt</translation>
        </message>
        <message>
            <source>The figure's width on paper</source>
            <translation>De breedte van de figuur op papier</translation>
        </message>
        <message>
            <source>The figure's height on paper</source>
            <translation>De hoogte van de figuur op papier</translation>
        </message>
        <message>
            <source>The size of the figure's text, as in the paper's body text</source>
            <translation>De tekstgrootte van de figuur, zoals in de lopende tekst van het artikel</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Breedte:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Hoogte:</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Lettergrootte:</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>PNG only: the size at 96 dpi times this, text and lines drawn finer</source>
            <translation>Alleen PNG: de grootte bij 96 dpi maal dit, tekst en lijnen fijner getekend</translation>
        </message>
        <message>
            <source>PNG scale:</source>
            <translation>PNG-schaal:</translation>
        </message>
        <message>
            <source>Paper style (white, black text, colours for print and colour-blind readers)</source>
            <translation>Papierstijl (wit, zwarte tekst, kleuren voor druk en voor kleurenblinde lezers)</translation>
        </message>
        <message>
            <source>Otherwise the figure looks as the view does, in the window's theme</source>
            <translation>Anders ziet de figuur eruit als de weergave, in het thema van het venster</translation>
        </message>
        <message>
            <source>Choose where to write the figure (Enter)</source>
            <translation>Kiezen waar de figuur wordt weggeschreven (Enter)</translation>
        </message>
        <message>
            <source>Close without exporting (Esc)</source>
            <translation>Sluiten zonder te exporteren (Esc)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::LabEditor</name>
        <message>
            <source>eqlab experiments (*.eqlab.json *.json);;All files (*)</source>
            <translation>eqlab-experimenten (*.eqlab.json *.json);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Niet-opgeslagen wijzigingen</translation>
        </message>
        <message>
            <source>The experiment “%1” has changes that are not saved. Save them?</source>
            <translation>Het experiment “%1” heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
        </message>
        <message>
            <source>Cannot audit the weights</source>
            <translation>Kan de gewichten niet doorlichten</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>Experiment</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Model</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Taak</translation>
        </message>
        <message>
            <source>Cannot apply the variant</source>
            <translation>Kan de variant niet toepassen</translation>
        </message>
        <message>
            <source>Cannot change the experiment</source>
            <translation>Kan het experiment niet wijzigen</translation>
        </message>
        <message>
            <source>A new experiment: add layers in the Model panel, or apply a template</source>
            <translation>Een nieuw experiment: voeg lagen toe in het paneel Model, of pas een sjabloon toe</translation>
        </message>
        <message>
            <source>Cannot open the experiment</source>
            <translation>Kan het experiment niet openen</translation>
        </message>
        <message>
            <source>%1

%2</source>
            <translation>%1

%2</translation>
        </message>
        <message>
            <source>Cannot open the data</source>
            <translation>Kan de data niet openen</translation>
        </message>
        <message>
            <source>Training on %1</source>
            <translation>Trainen op %1</translation>
        </message>
        <message>
            <source>Open Data</source>
            <translation>Data openen</translation>
        </message>
        <message>
            <source>Data (*.csv *.npy);;CSV tables (*.csv);;NumPy arrays (*.npy);;All files (*)</source>
            <translation>Data (*.csv *.npy);;CSV-tabellen (*.csv);;NumPy-arrays (*.npy);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>How the file's targets are to be read:</source>
            <translation>Hoe de doelwaarden van het bestand gelezen moeten worden:</translation>
        </message>
        <message>
            <source>Class indices (classification)</source>
            <translation>Klasse-indices (classificatie)</translation>
        </message>
        <message>
            <source>Targets are whole numbers 0, 1, 2, …: trained with cross-entropy. Otherwise they are values to fit, trained with the mean squared error.</source>
            <translation>Doelwaarden zijn gehele getallen 0, 1, 2, …: getraind met kruisentropie. Anders zijn het waarden om te benaderen, getraind met de gemiddelde kwadratische fout.</translation>
        </message>
        <message>
            <source>CSV: how many of the last columns are targets</source>
            <translation>CSV: hoeveel van de laatste kolommen doelwaarden zijn</translation>
        </message>
        <message>
            <source>Target columns (CSV):</source>
            <translation>Doelkolommen (CSV):</translation>
        </message>
        <message>
            <source>Train on the file's data (Enter)</source>
            <translation>Trainen op de data van het bestand (Enter)</translation>
        </message>
        <message>
            <source>Keep the current task (Esc)</source>
            <translation>De huidige taak behouden (Esc)</translation>
        </message>
        <message>
            <source>Save Experiment As</source>
            <translation>Experiment opslaan als</translation>
        </message>
        <message>
            <source>Cannot save the experiment</source>
            <translation>Kan het experiment niet opslaan</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 opgeslagen</translation>
        </message>
        <message>
            <source>&lt;p style="background-color: #fff3cd; padding: 4px;"&gt;&lt;b&gt;Trying: %1.&lt;/b&gt; %2 (&lt;i&gt;The lesson as written&lt;/i&gt; in the Experiment panel goes back.)&lt;/p&gt;</source>
            <translation>&lt;p style="background-color: #fff3cd; padding: 4px;"&gt;&lt;b&gt;Probeer: %1.&lt;/b&gt; %2 (&lt;i&gt;De les zoals geschreven&lt;/i&gt; in het paneel Experiment gaat terug.)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;An experiment of your own: %1 run(s) on the task &lt;i&gt;%2&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Een eigen experiment: %1 run(s) op de taak &lt;i&gt;%2&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Paused at step %1 of %2</source>
            <translation>Gepauzeerd bij stap %1 van %2</translation>
        </message>
        <message>
            <source>Building the experiment…</source>
            <translation>Experiment opbouwen…</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>Trainen…</translation>
        </message>
        <message>
            <source>Finished: %1 steps</source>
            <translation>Klaar: %1 stappen</translation>
        </message>
        <message>
            <source> — as the lesson says: %1</source>
            <translation> — zoals de les zegt: %1</translation>
        </message>
        <message>
            <source> — the lesson's headline did not show this time</source>
            <translation> — de kernboodschap van de les bleek deze keer niet</translation>
        </message>
        <message>
            <source>The experiment cannot run: %1</source>
            <translation>Het experiment kan niet draaien: %1</translation>
        </message>
        <message>
            <source>Audit Weights</source>
            <translation>Gewichten doorlichten</translation>
        </message>
        <message>
            <source>Weights (*.safetensors);;All files (*)</source>
            <translation>Gewichten (*.safetensors);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>An audit is still running</source>
            <translation>Er loopt nog een doorlichting</translation>
        </message>
        <message>
            <source>Auditing %1 against %2…</source>
            <translation>%1 doorlichten tegen %2…</translation>
        </message>
        <message>
            <source>Save Weights</source>
            <translation>Gewichten opslaan</translation>
        </message>
        <message>
            <source>The run whose weights to save:</source>
            <translation>De run waarvan de gewichten worden opgeslagen:</translation>
        </message>
        <message>
            <source>Weights (*.safetensors)</source>
            <translation>Gewichten (*.safetensors)</translation>
        </message>
        <message>
            <source>Load Weights</source>
            <translation>Gewichten laden</translation>
        </message>
        <message>
            <source>Cannot save the weights</source>
            <translation>Kan de gewichten niet opslaan</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Weights saved to %1</source>
            <translation>Gewichten opgeslagen in %1</translation>
        </message>
        <message>
            <source>Cannot load the weights</source>
            <translation>Kan de gewichten niet laden</translation>
        </message>
        <message>
            <source>Run %1 continues from %2</source>
            <translation>Run %1 gaat verder vanaf %2</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::LabViews</name>
        <message>
            <source>Export…</source>
            <translation>Exporteren…</translation>
        </message>
        <message>
            <source>Export into</source>
            <translation>Exporteren naar</translation>
        </message>
        <message>
            <source>Export Figure</source>
            <translation>Figuur exporteren</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1-bestanden (*.%2)</translation>
        </message>
        <message>
            <source>Export All Figures</source>
            <translation>Alle figuren exporteren</translation>
        </message>
        <message>
            <source>Export all into</source>
            <translation>Alles exporteren naar</translation>
        </message>
        <message>
            <source>Close (View &gt; Views or View &gt; Panels shows it again)</source>
            <translation>Sluiten (Beeld &gt; Weergaven of Beeld &gt; Panelen toont het weer)</translation>
        </message>
        <message>
            <source>Float in a window of its own (double-click the title: back in place)</source>
            <translation>Los zetten in een eigen venster (dubbelklik op de titel: terug op zijn plaats)</translation>
        </message>
        <message>
            <source>How far each element moves the point</source>
            <translation>Hoe ver elk element het punt verplaatst</translation>
        </message>
        <message>
            <source>group element (index)</source>
            <translation>groepselement (index)</translation>
        </message>
        <message>
            <source>distance |g·x - x|</source>
            <translation>afstand |g·x - x|</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Verlies</translation>
        </message>
        <message>
            <source>Train/test</source>
            <translation>Train/test</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Nauwkeurigheid</translation>
        </message>
        <message>
            <source>Receptive fields</source>
            <translation>Receptieve velden</translation>
        </message>
        <message>
            <source>Stitching</source>
            <translation>Aaneenhechten</translation>
        </message>
        <message>
            <source>Symmetry error</source>
            <translation>Symmetriefout</translation>
        </message>
        <message>
            <source>Curves</source>
            <translation>Curves</translation>
        </message>
        <message>
            <source>Orbits by layer</source>
            <translation>Banen per laag</translation>
        </message>
        <message>
            <source>Orbit explorer</source>
            <translation>Baanverkenner</translation>
        </message>
        <message>
            <source>Error per element and layer</source>
            <translation>Fout per element en laag</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Uitlijning</translation>
        </message>
        <message>
            <source>Descrambled layer</source>
            <translation>Ontwarde laag</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Groep</translation>
        </message>
        <message>
            <source>Symmetry audit</source>
            <translation>Symmetriedoorlichting</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filters</translation>
        </message>
        <message>
            <source>Weight sharing</source>
            <translation>Gewichtsdeling</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::MainWindow</name>
        <message>
            <source>Ready</source>
            <translation>Gereed</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Les</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Training</translation>
        </message>
        <message>
            <source>&amp;Train / Pause</source>
            <translation>&amp;Trainen / pauzeren</translation>
        </message>
        <message>
            <source>&amp;Step</source>
            <translation>&amp;Stap</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Resetten</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Beel&amp;d</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Presentatiemodus</translation>
        </message>
        <message>
            <source>&amp;Dark Theme</source>
            <translation>&amp;Donker thema</translation>
        </message>
        <message>
            <source>P&amp;anels</source>
            <translation>P&amp;anelen</translation>
        </message>
        <message>
            <source>&amp;Views</source>
            <translation>&amp;Weergaven</translation>
        </message>
        <message>
            <source>Reset &amp;Layout</source>
            <translation>&amp;Indeling resetten</translation>
        </message>
        <message>
            <source>Reset &amp;Camera</source>
            <translation>&amp;Camera resetten</translation>
        </message>
        <message>
            <source>&amp;Next Pane</source>
            <translation>&amp;Volgend paneel</translation>
        </message>
        <message>
            <source>P&amp;revious Pane</source>
            <translation>Vo&amp;rig paneel</translation>
        </message>
        <message>
            <source>%1 has the keyboard focus (Tab: its next control; F6: the next pane)</source>
            <translation>%1 heeft de toetsenbordfocus (Tab: het volgende bedieningselement erin; F6: het volgende paneel)</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>&amp;Taal</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Help</translation>
        </message>
        <message>
            <source>&amp;About eqlab</source>
            <translation>&amp;Over eqlab</translation>
        </message>
        <message>
            <source>About eqlab</source>
            <translation>Over eqlab</translation>
        </message>
        <message>
            <source>&lt;b&gt;eqlab %1&lt;/b&gt; — Equivariance Lab.&lt;br&gt;Train small equivariant networks and watch the symmetry.</source>
            <translation>&lt;b&gt;eqlab %1&lt;/b&gt; — Equivariance Lab.&lt;br&gt;Train kleine equivariante netwerken en bekijk de symmetrie.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Bestand</translation>
        </message>
        <message>
            <source>Lesso&amp;ns…</source>
            <translation>Le&amp;ssen…</translation>
        </message>
        <message>
            <source>Every lesson as a card, ordered as a course</source>
            <translation>Elke les als kaart, geordend als een cursus</translation>
        </message>
        <message>
            <source>&amp;New Experiment</source>
            <translation>&amp;Nieuw experiment</translation>
        </message>
        <message>
            <source>&amp;Open Experiment…</source>
            <translation>Experiment &amp;openen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Recent openen</translation>
        </message>
        <message>
            <source>Open &amp;Data…</source>
            <translation>&amp;Data openen…</translation>
        </message>
        <message>
            <source>Train on your own CSV or .npy data</source>
            <translation>Trainen op je eigen CSV- of .npy-data</translation>
        </message>
        <message>
            <source>Save &amp;Weights…</source>
            <translation>&amp;Gewichten opslaan…</translation>
        </message>
        <message>
            <source>A run's trained weights as a safetensors file (docs/interop.md)</source>
            <translation>De getrainde gewichten van een run als safetensors-bestand (docs/interop.md)</translation>
        </message>
        <message>
            <source>&amp;Load Weights…</source>
            <translation>Gewichten &amp;laden…</translation>
        </message>
        <message>
            <source>Continue a run from weights in a safetensors file</source>
            <translation>Een run voortzetten vanaf gewichten in een safetensors-bestand</translation>
        </message>
        <message>
            <source>&amp;Audit Weights…</source>
            <translation>Ge&amp;wichten doorlichten…</translation>
        </message>
        <message>
            <source>Which symmetries a trained net has: its weights (.safetensors, written by eqlab run) against the open experiment</source>
            <translation>Welke symmetrieën een getraind net heeft: de gewichten ervan (.safetensors, geschreven door eqlab run) tegen het geopende experiment</translation>
        </message>
        <message>
            <source>&amp;Save Experiment</source>
            <translation>Experiment op&amp;slaan</translation>
        </message>
        <message>
            <source>Save Experiment &amp;As…</source>
            <translation>Experiment opslaan &amp;als…</translation>
        </message>
        <message>
            <source>&amp;Export All Figures…</source>
            <translation>Alle figuren &amp;exporteren…</translation>
        </message>
        <message>
            <source>Save Sc&amp;reenshot…</source>
            <translation>Sc&amp;hermafbeelding opslaan…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Afsluiten</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(nog geen)</translation>
        </message>
        <message>
            <source>&amp;Clear the List</source>
            <translation>&amp;Lijst wissen</translation>
        </message>
        <message>
            <source>Open Experiment</source>
            <translation>Experiment openen</translation>
        </message>
        <message>
            <source>eqlab experiments (*.eqlab.json *.json);;All files (*)</source>
            <translation>eqlab-experimenten (*.eqlab.json *.json);;Alle bestanden (*)</translation>
        </message>
        <message>
            <source>Cannot open the lesson: %1</source>
            <translation>Kan de les niet openen: %1</translation>
        </message>
        <message>
            <source>%1[*] — eqlab</source>
            <translation>%1[*] — eqlab</translation>
        </message>
        <message>
            <source>Save Screenshot</source>
            <translation>Schermafbeelding opslaan</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-afbeeldingen (*.png)</translation>
        </message>
        <message>
            <source>Could not write the image %1.</source>
            <translation>Kon de afbeelding %1 niet schrijven.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::WeightsAudit</name>
        <message>
            <source>%1 respects %2 of %3 (%4 subgroups, tolerance %5)</source>
            <translation>%1 respecteert %2 van %3 (%4 ondergroepen, tolerantie %5)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::WindowHost</name>
        <message>
            <source>the training did not pause</source>
            <translation>de training pauzeerde niet</translation>
        </message>
        <message>
            <source>the session could not be saved into %1</source>
            <translation>de sessie kon niet worden opgeslagen in %1</translation>
        </message>
        <message>
            <source>Cannot switch the language</source>
            <translation>Kan de taal niet wisselen</translation>
        </message>
        <message>
            <source>The session could not be handed over to a window in the new language: %1. Nothing changed.</source>
            <translation>De sessie kon niet worden overgedragen aan een venster in de nieuwe taal: %1. Er is niets veranderd.</translation>
        </message>
        <message>
            <source>Language changed; the session goes on at step %1</source>
            <translation>Taal gewisseld; de sessie gaat verder bij stap %1</translation>
        </message>
        <message>
            <source>Cannot restore the session</source>
            <translation>Kan de sessie niet herstellen</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::AlignmentPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Run:</translation>
        </message>
        <message>
            <source>Whose matched hidden units to show</source>
            <translation>Van welke run de gekoppelde verborgen eenheden worden getoond</translation>
        </message>
        <message>
            <source>&amp;Matrix:</source>
            <translation>&amp;Matrix:</translation>
        </message>
        <message>
            <source>Which matching of hidden units to show</source>
            <translation>Welke koppeling van verborgen eenheden wordt getoond</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::CayleyTableView</name>
        <message>
            <source>row a, column b: the colour of a·b (hover for names)</source>
            <translation>rij a, kolom b: de kleur van a·b (zweef voor namen)</translation>
        </message>
        <message>
            <source>%1 · %2 = %3</source>
            <translation>%1 · %2 = %3</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::CurvePanel</name>
        <message>
            <source>&amp;Curve:</source>
            <translation>&amp;Curve:</translation>
        </message>
        <message>
            <source>Which measured curve to plot, every run in its colour</source>
            <translation>Welke gemeten curve wordt getekend, elke run in zijn kleur</translation>
        </message>
        <message>
            <source>No curves yet</source>
            <translation>Nog geen curves</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::DescramblePanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Run:</translation>
        </message>
        <message>
            <source>Whose hidden layer to show</source>
            <translation>Wiens verborgen laag getoond wordt</translation>
        </message>
        <message>
            <source>As trained</source>
            <translation>Zoals getraind</translation>
        </message>
        <message>
            <source>The incoming weights of each hidden unit (one row per unit) in the order training left them</source>
            <translation>De inkomende gewichten van elke verborgen eenheid (één rij per eenheid) in de volgorde waarin de training ze achterliet</translation>
        </message>
        <message>
            <source>Descrambled</source>
            <translation>Ontward</translation>
        </message>
        <message>
            <source>The same rows reordered (and sign-flipped where the activation allows it) so that neighbouring units compute the most similar outputs; for a linear layer, mixed by the orthogonal matrix that does so best</source>
            <translation>Dezelfde rijen anders geordend (en van teken omgekeerd waar de activatie het toelaat), zodat naburige eenheden zo gelijk mogelijke uitvoer berekenen; bij een lineaire laag gemengd met de orthogonale matrix die dat het best doet</translation>
        </message>
        <message>
            <source>Roughness: the summed squared difference between neighbouring units' outputs on the training inputs</source>
            <translation>Ruwheid: de som van de gekwadrateerde verschillen tussen de uitvoer van naburige eenheden op de trainingsinvoer</translation>
        </message>
        <message>
            <source>Roughness across units after descrambling: %1 of the trained order's for the outputs, %2 for the weights.</source>
            <translation>Ruwheid over de eenheden na het ontwarren: %1 van die van de getrainde volgorde voor de uitvoer, %2 voor de gewichten.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::ErrorMapPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Run:</translation>
        </message>
        <message>
            <source>Whose errors to show</source>
            <translation>Van welke run de fouten worden getoond</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Tabel:</translation>
        </message>
        <message>
            <source>Which table of errors to show: per group element and layer at this step, or per layer over the training steps</source>
            <translation>Welke fouttabel getoond wordt: per groepselement en laag bij deze stap, of per laag over de trainingsstappen</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::ExperimentPanel</name>
        <message>
            <source>Lesson</source>
            <translation>Les</translation>
        </message>
        <message>
            <source>A lesson: an experiment and its explanation</source>
            <translation>Een les: een experiment en de uitleg ervan</translation>
        </message>
        <message>
            <source>(an experiment of your own)</source>
            <translation>(een eigen experiment)</translation>
        </message>
        <message>
            <source>Try: the lesson's suggestions, each one click away</source>
            <translation>Probeer: de suggesties van de les, elk één klik verwijderd</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>Experiment</translation>
        </message>
        <message>
            <source>The group the equivariant layers and the symmetry metrics use: Cn, Dn, Sn, An, V4, Q8, T, O, I or a product such as C3xC4</source>
            <translation>De groep die de equivariante lagen en de symmetriemetrieken gebruiken: Cn, Dn, Sn, An, V4, Q8, T, O, I of een product zoals C3xC4</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>Initialisation, data and batch order all derive from the seed</source>
            <translation>Initialisatie, data en batchvolgorde volgen allemaal uit de seed</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>S&amp;eed:</translation>
        </message>
        <message>
            <source>Optimisation steps of every run</source>
            <translation>Optimalisatiestappen van elke run</translation>
        </message>
        <message>
            <source>S&amp;teps:</source>
            <translation>S&amp;tappen:</translation>
        </message>
        <message>
            <source>The optimiser's learning rate: a number &gt; 0, e.g. 0.01 or 1e-3</source>
            <translation>De leersnelheid van de optimizer: een getal &gt; 0, bijv. 0.01 of 1e-3</translation>
        </message>
        <message>
            <source>&amp;Learning rate:</source>
            <translation>&amp;Leersnelheid:</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Trainen</translation>
        </message>
        <message>
            <source>Train or pause (Space)</source>
            <translation>Trainen of pauzeren (Spatie)</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Stap</translation>
        </message>
        <message>
            <source>One step of every run (S)</source>
            <translation>Eén stap van elke run (S)</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Resetten</translation>
        </message>
        <message>
            <source>Back to step 0 with the same seed (R)</source>
            <translation>Terug naar stap 0 met dezelfde seed (R)</translation>
        </message>
        <message>
            <source>Runs compared</source>
            <translation>Vergeleken runs</translation>
        </message>
        <message>
            <source>The lesson as written</source>
            <translation>De les zoals geschreven</translation>
        </message>
        <message>
            <source>Back to the lesson's own experiment</source>
            <translation>Terug naar het eigen experiment van de les</translation>
        </message>
        <message>
            <source>Try: %1</source>
            <translation>Probeer: %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(geen)</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>Groep: %1</translation>
        </message>
        <message>
            <source>Learning rate: expected a number such as 0.01 or 1e-3, got '%1'</source>
            <translation>Leersnelheid: verwachtte een getal zoals 0.01 of 1e-3, kreeg '%1'</translation>
        </message>
        <message>
            <source>Learning rate: expected a number &gt; 0 and &lt;= %1, got %2</source>
            <translation>Leersnelheid: verwachtte een getal &gt; 0 en &lt;= %1, kreeg %2</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pauzeren</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::FilterGridView</name>
        <message>
            <source>No filters to show.</source>
            <translation>Geen filters om te tonen.</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>gewicht</translation>
        </message>
        <message>
            <source>%1
row %2, column %3: %4</source>
            <translation>%1
rij %2, kolom %3: %4</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::FilterPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Run:</translation>
        </message>
        <message>
            <source>Whose filters to show</source>
            <translation>Van wie de filters te tonen</translation>
        </message>
        <message>
            <source>&amp;Layer:</source>
            <translation>&amp;Laag:</translation>
        </message>
        <message>
            <source>The layer whose filters to show; a G-CNN layer shows each filter in a row with its copies transformed by every group element</source>
            <translation>De laag waarvan de filters getoond worden; een G-CNN-laag toont elk filter in een rij met zijn kopieën, getransformeerd door elk groepselement</translation>
        </message>
        <message>
            <source>filters</source>
            <translation>filters</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::GroupPanel</name>
        <message>
            <source>Group and representation</source>
            <translation>Groep en representatie</translation>
        </message>
        <message>
            <source>A catalogue name: Cn, Dn, Sn, An, V4, Q8, T, O, I, or a product such as C3xC4</source>
            <translation>Een catalogusnaam: Cn, Dn, Sn, An, V4, Q8, T, O, I, of een product zoals C3xC4</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Groep:</translation>
        </message>
        <message>
            <source>trivial, sign, std, perm, regular, grid:K, combined with + (direct sum), * (tensor product), ^k and parentheses</source>
            <translation>trivial, sign, std, perm, regular, grid:K, gecombineerd met + (directe som), * (tensorproduct), ^k en haakjes</translation>
        </message>
        <message>
            <source>&amp;Representation:</source>
            <translation>&amp;Representatie:</translation>
        </message>
        <message>
            <source>Point x</source>
            <translation>Punt x</translation>
        </message>
        <message>
            <source>Representation: %1</source>
            <translation>Representatie: %1</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>Groep: %1</translation>
        </message>
        <message>
            <source>Coordinate %1 of the point whose orbit is drawn (arrow keys: small steps)</source>
            <translation>Coördinaat %1 van het punt waarvan de baan wordt getekend (pijltoetsen: kleine stappen)</translation>
        </message>
        <message>
            <source>Coordinate %1 of the point whose orbit is drawn, typed</source>
            <translation>Coördinaat %1 van het punt waarvan de baan wordt getekend, getypt</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::GroupView</name>
        <message>
            <source>Show element &amp;labels</source>
            <translation>Element&amp;labels tonen</translation>
        </message>
        <message>
            <source>Write each element's name beside its point (Alt+L)</source>
            <translation>De naam van elk element naast zijn punt schrijven (Alt+L)</translation>
        </message>
        <message>
            <source>Cayley graph</source>
            <translation>Cayley-graaf</translation>
        </message>
        <message>
            <source>Multiplication table</source>
            <translation>Vermenigvuldigingstabel</translation>
        </message>
        <message>
            <source>Character table</source>
            <translation>Karaktertabel</translation>
        </message>
        <message>
            <source>The group's elements as points, joined by its generators</source>
            <translation>De elementen van de groep als punten, verbonden door haar voortbrengers</translation>
        </message>
        <message>
            <source>Row a, column b: the colour and name of the product a·b</source>
            <translation>Rij a, kolom b: de kleur en naam van het product a·b</translation>
        </message>
        <message>
            <source>The characters of the irreducible representations</source>
            <translation>De karakters van de irreducibele representaties</translation>
        </message>
        <message>
            <source>Rows: the irreducible characters over ℂ. Columns: conjugacy classes, as size: representative.</source>
            <translation>Rijen: de irreducibele karakters over ℂ. Kolommen: conjugatieklassen, als grootte: representant.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::HeatMapView</name>
        <message>
            <source>No table yet: train a few steps.</source>
            <translation>Nog geen tabel: train een paar stappen.</translation>
        </message>
        <message>
            <source> (log scale)</source>
            <translation> (logaritmische schaal)</translation>
        </message>
        <message>
            <source>%1: %2
%3: %4
%5: %6</source>
            <translation>%1: %2
%3: %4
%5: %6</translation>
        </message>
        <message>
            <source> (drawn at %1)</source>
            <translation> (getekend bij %1)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::LayerOrbitPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Run:</translation>
        </message>
        <message>
            <source>Whose layers to look through</source>
            <translation>Door wiens lagen te kijken</translation>
        </message>
        <message>
            <source>&amp;Layer:</source>
            <translation>&amp;Laag:</translation>
        </message>
        <message>
            <source>The layer whose output the orbit is drawn in</source>
            <translation>De laag in wiens uitvoer de baan wordt getekend</translation>
        </message>
        <message>
            <source>Click a sample to follow its orbit</source>
            <translation>Klik op een sample om de baan ervan te volgen</translation>
        </message>
        <message>
            <source>generator %1</source>
            <translation>generator %1</translation>
        </message>
        <message>
            <source>%1 · %2: orbit spread %3</source>
            <translation>%1 · %2: baanspreiding %3</translation>
        </message>
        <message>
            <source>No orbit: the experiment names no group</source>
            <translation>Geen baan: het experiment noemt geen groep</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::LessonBrowser</name>
        <message>
            <source>Lessons</source>
            <translation>Lessen</translation>
        </message>
        <message>
            <source>Close without opening a lesson (Esc)</source>
            <translation>Sluiten zonder een les te openen (Esc)</translation>
        </message>
        <message>
            <source>%1. %2
Group %3</source>
            <translation>%1. %2
Groep %3</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::LessonPanel</name>
        <message>
            <source>‹ &amp;Back</source>
            <translation>‹ &amp;Terug</translation>
        </message>
        <message>
            <source>&amp;Next ›</source>
            <translation>&amp;Volgende ›</translation>
        </message>
        <message>
            <source>The previous step of the lesson's guide (Alt+B)</source>
            <translation>De vorige stap van de lesgids (Alt+T)</translation>
        </message>
        <message>
            <source>The next step of the lesson's guide (Alt+N)</source>
            <translation>De volgende stap van de lesgids (Alt+V)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Step %1 of %2&lt;/b&gt;</source>
            <translation>&lt;b&gt;Stap %1 van %2&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Watch:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ask:&lt;/b&gt; %3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Doen:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Kijken:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Vragen:&lt;/b&gt; %3&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::MatrixPatternView</name>
        <message>
            <source>output index (row)</source>
            <translation>uitvoerindex (rij)</translation>
        </message>
        <message>
            <source>input index (column)</source>
            <translation>invoerindex (kolom)</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>gewicht</translation>
        </message>
        <message>
            <source>… %1 basis elements</source>
            <translation>… %1 basiselementen</translation>
        </message>
        <message>
            <source>basis elements</source>
            <translation>basiselementen</translation>
        </message>
        <message>
            <source>row %1, column %2</source>
            <translation>rij %1, kolom %2</translation>
        </message>
        <message>
            <source>
basis element %1</source>
            <translation>
basiselement %1</translation>
        </message>
        <message>
            <source>
always zero</source>
            <translation>
altijd nul</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::MetricChartView</name>
        <message>
            <source>Nothing to plot yet: this chart fills while the experiment trains.</source>
            <translation>Nog niets te plotten: deze grafiek vult zich terwijl het experiment traint.</translation>
        </message>
        <message>
            <source>This experiment computes nothing for this chart.</source>
            <translation>Dit experiment berekent niets voor deze grafiek.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::ModelBuilder</name>
        <message>
            <source>no %1</source>
            <translation>zonder %1</translation>
        </message>
        <message>
            <source>Plain MLP</source>
            <translation>Gewone MLP</translation>
        </message>
        <message>
            <source>MLP + augmentation</source>
            <translation>MLP + augmentatie</translation>
        </message>
        <message>
            <source>Group-averaged MLP</source>
            <translation>Groepsgemiddelde MLP</translation>
        </message>
        <message>
            <source>Equivariant MLP</source>
            <translation>Equivariante MLP</translation>
        </message>
        <message>
            <source>DeepSets</source>
            <translation>DeepSets</translation>
        </message>
        <message>
            <source>C4 G-CNN</source>
            <translation>C4 G-CNN</translation>
        </message>
        <message>
            <source>D4 G-CNN</source>
            <translation>D4 G-CNN</translation>
        </message>
        <message>
            <source>First-order invariant net</source>
            <translation>Invariant net van eerste orde</translation>
        </message>
        <message>
            <source>Second-order invariant net</source>
            <translation>Invariant net van tweede orde</translation>
        </message>
        <message>
            <source>Involutive net</source>
            <translation>Involutief net</translation>
        </message>
        <message>
            <source>Group action</source>
            <translation>Groepsactie</translation>
        </message>
        <message>
            <source>Parity net</source>
            <translation>Pariteitsnet</translation>
        </message>
        <message>
            <source>Band-limited SO(2) net</source>
            <translation>Bandbeperkt SO(2)-net</translation>
        </message>
        <message>
            <source>Architecture templates for the experiment's task and group</source>
            <translation>Architectuursjablonen voor de taak en groep van het experiment</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Toepassen</translation>
        </message>
        <message>
            <source>Replace this run's layers with the template</source>
            <translation>De lagen van deze run vervangen door het sjabloon</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Sjabloon:</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Laag</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameters</translation>
        </message>
        <message>
            <source>Shape after</source>
            <translation>Vorm erna</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Gewichten</translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Laag toevoegen</translation>
        </message>
        <message>
            <source>Add a layer after the selected one</source>
            <translation>Een laag toevoegen na de geselecteerde</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <source>Remove the selected layer (Delete)</source>
            <translation>De geselecteerde laag verwijderen (Delete)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Omhoog</translation>
        </message>
        <message>
            <source>Move the selected layer up (Alt+Up)</source>
            <translation>De geselecteerde laag omhoog verplaatsen (Alt+Up)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Omlaag</translation>
        </message>
        <message>
            <source>Move the selected layer down (Alt+Down)</source>
            <translation>De geselecteerde laag omlaag verplaatsen (Alt+Down)</translation>
        </message>
        <message>
            <source>Augment</source>
            <translation>Augmenteren</translation>
        </message>
        <message>
            <source>Train on g·x for a random group element g per sample and step (needs a group acting on the input)</source>
            <translation>Trainen op g·x voor een willekeurig groepselement g per sample en stap (vereist een groep die op de invoer werkt)</translation>
        </message>
        <message>
            <source>Augmentation needs a group acting on the task's input.</source>
            <translation>Augmentatie vereist een groep die op de invoer van de taak werkt.</translation>
        </message>
        <message>
            <source>Not built: an earlier layer does not fit</source>
            <translation>Niet opgebouwd: een eerdere laag past niet</translation>
        </message>
        <message>
            <source>does not fit</source>
            <translation>past niet</translation>
        </message>
        <message>
            <source>The task cannot be made: %1</source>
            <translation>De taak kan niet worden gemaakt: %1</translation>
        </message>
        <message>
            <source>Input %1 → output %2; %3 weights in all.</source>
            <translation>Invoer %1 → uitvoer %2; in totaal %3 gewichten.</translation>
        </message>
        <message>
            <source>Select a layer to edit its parameters.</source>
            <translation>Selecteer een laag om de parameters te bewerken.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
        </message>
        <message>
            <source>%1 does not apply: %2</source>
            <translation>%1 is niet van toepassing: %2</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::OrbitView</name>
        <message>
            <source>element</source>
            <translation>element</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::ParamForm</name>
        <message>
            <source>a number &gt; %1 and ≤ %2</source>
            <translation>een getal &gt; %1 en ≤ %2</translation>
        </message>
        <message>
            <source>a number from %1 to %2</source>
            <translation>een getal van %1 tot %2</translation>
        </message>
        <message>
            <source>a number &gt; %1</source>
            <translation>een getal &gt; %1</translation>
        </message>
        <message>
            <source>a number ≥ %1</source>
            <translation>een getal ≥ %1</translation>
        </message>
        <message>
            <source>a number ≤ %1</source>
            <translation>een getal ≤ %1</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>een getal</translation>
        </message>
        <message>
            <source>No parameters.</source>
            <translation>Geen parameters.</translation>
        </message>
        <message>
            <source>required</source>
            <translation>verplicht</translation>
        </message>
        <message>
            <source>numbers separated by commas</source>
            <translation>getallen gescheiden door komma’s</translation>
        </message>
        <message>
            <source>Expected a whole number from %1 to %2%3.</source>
            <translation>Verwachtte een geheel getal van %1 tot %2%3.</translation>
        </message>
        <message>
            <source>, got %1</source>
            <translation>, kreeg %1</translation>
        </message>
        <message>
            <source>Expected %1.</source>
            <translation>Verwachtte %1.</translation>
        </message>
        <message>
            <source>Expected %1, got “%2”.</source>
            <translation>Verwachtte %1, kreeg “%2”.</translation>
        </message>
        <message>
            <source>Expected %1, got %2.</source>
            <translation>Verwachtte %1, kreeg %2.</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Verplicht.</translation>
        </message>
        <message>
            <source>Item %1: expected a number, got “%2”.</source>
            <translation>Item %1: verwachtte een getal, kreeg “%2”.</translation>
        </message>
        <message>
            <source>Item %1: expected a number from %2 to %3, got %4.</source>
            <translation>Item %1: verwachtte een getal van %2 tot %3, kreeg %4.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::RunListPanel</name>
        <message>
            <source>The runs trained side by side; F2 renames, Delete removes</source>
            <translation>De naast elkaar getrainde runs; F2 hernoemt, Delete verwijdert</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Toevoegen</translation>
        </message>
        <message>
            <source>A new run: a plain MLP for this task</source>
            <translation>Een nieuwe run: een gewone MLP voor deze taak</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>D&amp;upliceren</translation>
        </message>
        <message>
            <source>A copy of the selected run, to change one thing in it</source>
            <translation>Een kopie van de geselecteerde run, om er één ding in te veranderen</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>Verwij&amp;deren</translation>
        </message>
        <message>
            <source>Remove the selected run (Delete)</source>
            <translation>De geselecteerde run verwijderen (Delete)</translation>
        </message>
        <message>
            <source>Train on g·x for a random g</source>
            <translation>Trainen op g·x voor een willekeurige g</translation>
        </message>
        <message>
            <source>Data augmentation: every sample is transformed by a random group element at every step</source>
            <translation>Data-augmentatie: elke sample wordt bij elke stap getransformeerd door een willekeurig groepselement</translation>
        </message>
        <message>
            <source>Au&amp;gment:</source>
            <translation>Au&amp;gmenteren:</translation>
        </message>
        <message>
            <source>the experiment's</source>
            <translation>die van het experiment</translation>
        </message>
        <message>
            <source>This run's learning rate, a number &gt; 0; empty: the experiment's</source>
            <translation>De leersnelheid van deze run, een getal &gt; 0; leeg: die van het experiment</translation>
        </message>
        <message>
            <source>Run's &amp;rate:</source>
            <translation>&amp;Leersnelheid run:</translation>
        </message>
        <message>
            <source>What the run trains on: the task's data, or the codes of an earlier run once that run has finished (layer-wise pretraining)</source>
            <translation>Waarop de run traint: de data van de taak of de codes van een eerdere run, zodra die klaar is (laagsgewijze voortraining)</translation>
        </message>
        <message>
            <source>after layer </source>
            <translation>na laag </translation>
        </message>
        <message>
            <source>The codes are the outputs of this many of the earlier run's layers</source>
            <translation>De codes zijn de uitvoer van zoveel lagen van de eerdere run</translation>
        </message>
        <message>
            <source>&amp;Inputs:</source>
            <translation>&amp;Invoer:</translation>
        </message>
        <message>
            <source>An experiment needs at least one run.</source>
            <translation>Een experiment heeft minstens één run nodig.</translation>
        </message>
        <message>
            <source>the task's data</source>
            <translation>de data van de taak</translation>
        </message>
        <message>
            <source>codes of %1</source>
            <translation>codes van %1</translation>
        </message>
        <message>
            <source>A run needs a label.</source>
            <translation>Een run heeft een label nodig.</translation>
        </message>
        <message>
            <source>Another run is labelled “%1”.</source>
            <translation>Een andere run heeft het label “%1”.</translation>
        </message>
        <message>
            <source>The run's learning rate must be a number &gt; 0 and ≤ %1, e.g. 0.01; leave it empty for the experiment's.</source>
            <translation>De leersnelheid van de run moet een getal &gt; 0 en ≤ %1 zijn, bijv. 0.01; laat leeg voor die van het experiment.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::SubgroupLatticeView</name>
        <message>
            <source>order</source>
            <translation>orde</translation>
        </message>
        <message>
            <source>%1, order %2
generated by %3</source>
            <translation>%1, orde %2
voortgebracht door %3</translation>
        </message>
        <message>
            <source>nothing (the trivial subgroup)</source>
            <translation>niets (de triviale ondergroep)</translation>
        </message>
        <message>
            <source>error: not measured</source>
            <translation>fout: niet gemeten</translation>
        </message>
        <message>
            <source>error: %1 (largest over its elements)</source>
            <translation>fout: %1 (grootste over haar elementen)</translation>
        </message>
        <message>
            <source>normal subgroup</source>
            <translation>normaaldeler</translation>
        </message>
        <message>
            <source>one of %1 conjugate subgroups</source>
            <translation>een van %1 geconjugeerde ondergroepen</translation>
        </message>
        <message>
            <source>largest respected: error within the tolerance %1</source>
            <translation>grootste gerespecteerde: fout binnen de tolerantie %1</translation>
        </message>
        <message>
            <source>No subgroup lattice yet: audit a net.</source>
            <translation>Nog geen ondergroepentralie: licht een net door.</translation>
        </message>
        <message>
            <source>Subgroups of %1: %2 in %3 conjugacy classes</source>
            <translation>Ondergroepen van %1: %2 in %3 conjugatieklassen</translation>
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation>%1 ×%2</translation>
        </message>
        <message>
            <source>largest respected subgroups</source>
            <translation>grootste gerespecteerde ondergroepen</translation>
        </message>
        <message>
            <source>largest respected subgroups, one per conjugacy class (error ≤ %1)</source>
            <translation>grootste gerespecteerde ondergroepen, één per conjugatieklasse (fout ≤ %1)</translation>
        </message>
        <message>
            <source>tol.</source>
            <translation>tol.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>fout</translation>
        </message>
        <message>
            <source> (log scale)</source>
            <translation> (logaritmische schaal)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::TaskEditor</name>
        <message>
            <source>What the runs learn: the data, its symmetry and the loss</source>
            <translation>Wat de runs leren: de data, hun symmetrie en het verlies</translation>
        </message>
        <message>
            <source>Task:</source>
            <translation>Taak:</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::TrainingProgress</name>
        <message>
            <source>step %v of %m</source>
            <translation>stap %v van %m</translation>
        </message>
        <message>
            <source>%1 steps/s · %2 left</source>
            <translation>%1 stappen/s · nog %2</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::VtkView</name>
        <message>
            <source>This view needs OpenGL 3.2, which is not available.</source>
            <translation>Deze weergave vereist OpenGL 3.2, dat niet beschikbaar is.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::WeightSharingView</name>
        <message>
            <source>The representation of the layer's input, e.g. perm, std, grid:5</source>
            <translation>De representatie van de invoer van de laag, bijv. perm, std, grid:5</translation>
        </message>
        <message>
            <source>The representation of the layer's output</source>
            <translation>De representatie van de uitvoer van de laag</translation>
        </message>
        <message>
            <source>by basis element</source>
            <translation>per basiselement</translation>
        </message>
        <message>
            <source>by value</source>
            <translation>per waarde</translation>
        </message>
        <message>
            <source>Colour each weight by the basis element it belongs to (tied weights share a colour) or by its value (blue &lt; 0 &lt; red)</source>
            <translation>Elk gewicht kleuren naar zijn basiselement (gekoppelde gewichten delen een kleur) of naar zijn waarde (blauw &lt; 0 &lt; rood)</translation>
        </message>
        <message>
            <source>&amp;In:</source>
            <translation>&amp;In:</translation>
        </message>
        <message>
            <source>&amp;Out:</source>
            <translation>&amp;Uit:</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 × %3 weights tied into &lt;b&gt;%4&lt;/b&gt; free parameters (%5 basis; the character formula gives %6).</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: %2 × %3 gewichten gekoppeld tot &lt;b&gt;%4&lt;/b&gt; vrije parameters (basis: %5; de karakterformule geeft %6).</translation>
        </message>
    </context>
</TS>
