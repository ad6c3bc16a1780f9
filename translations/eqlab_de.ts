<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AggregateCommand</name>
        <message>
            <source>run (%1)</source>
            <translation>Lauf (%1)</translation>
        </message>
        <message>
            <source>point (%1)</source>
            <translation>Punkt (%1)</translation>
        </message>
        <message>
            <source>%1: mean and 95 % interval over seeds</source>
            <translation>%1: Mittelwert und 95-%-Intervall über die Seeds</translation>
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
            <translation>Aufruf: eqlab aggregate DIR [--figures svg,pdf,png]

Die Statistik der vollständigen Läufe eines Sweeps in DIR (eqlab sweep): je
Punkt (die Läufe, die sich nur im Seed unterscheiden), Lauf und Metrik der
Mittelwert, die Standardabweichung und das 95-%-Intervall des Mittelwerts
(Student-t mit n - 1 Freiheitsgraden) nach DIR/aggregate.csv, und je Metrik
eine Abbildung mit dem Intervall als Band nach DIR/figures (Standard
svg,pdf,png, jeweils mit CSV). docs/sweeps.md.
</translation>
        </message>
        <message>
            <source>eqlab aggregate: expected the folder of a sweep, e.g. 'eqlab aggregate results'
</source>
            <translation>eqlab aggregate: Ordner eines Sweeps erwartet, z. B. 'eqlab aggregate results'
</translation>
        </message>
        <message numerus="yes">
            <source>eqlab aggregate: %n run(s) not complete, left out: %1
</source>
            <translation>
                <numerusform>eqlab aggregate: %n Lauf nicht vollständig, ausgelassen: %1
</numerusform>
                <numerusform>eqlab aggregate: %n Läufe nicht vollständig, ausgelassen: %1
</numerusform>
            </translation>
        </message>
        <message>
            <source>eqlab aggregate: %1: %2 points from %3 complete runs; %4
</source>
            <translation>eqlab aggregate: %1: %2 Punkte aus %3 vollständigen Läufen; %4
</translation>
        </message>
        <message>
            <source>  %1  %2  %3 ± %4 (95 %: %5 to %6, n = %7)
</source>
            <translation>  %1  %2  %3 ± %4 (95 %: %5 bis %6, n = %7)
</translation>
        </message>
        <message>
            <source>Mean, sd and 95 % intervals over the seeds of a sweep, as CSV and figures (eqlab aggregate results).</source>
            <translation>Mittelwert, Standardabweichung und 95-%-Intervalle über die Seeds eines Sweeps, als CSV und Abbildungen (eqlab aggregate results).</translation>
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
            <translation>Aufruf: eqlab [Optionen] [EXPERIMENT.eqlab.json]
       eqlab &lt;Befehl&gt; [Argumente]   (eqlab &lt;Befehl&gt; --help für dessen Optionen)

eqlab (Equivariance Lab) trainiert kleine äquivariante, invariante und involutive
Netze und zeigt die Bahnen von Daten unter einer endlichen Gruppe, die gelernten
Filter und wie stark jede Schicht die Symmetrie bricht.

Ohne Befehl öffnet eqlab sein Fenster mit einer Lektion oder mit der
angegebenen Experimentdatei. Ohne Display führt es die Lektion (oder trainiert
das Experiment wie 'eqlab run') ohne Fenster aus und schreibt die Ergebnisse in einen Ordner.

</translation>
        </message>
        <message>
            <source>Options:
</source>
            <translation>Optionen:
</translation>
        </message>
        <message>
            <source>  -h, --help             Show this help and exit.
</source>
            <translation>  -h, --help             Diese Hilfe anzeigen und beenden.
</translation>
        </message>
        <message>
            <source>  -v, --version          Show the version and exit.
</source>
            <translation>  -v, --version          Die Version anzeigen und beenden.
</translation>
        </message>
        <message>
            <source>  --lesson &lt;name&gt;        Open this lesson (default: %1). Lessons: %2.
</source>
            <translation>  --lesson &lt;name&gt;        Diese Lektion öffnen (Standard: %1). Lektionen: %2.
</translation>
        </message>
        <message>
            <source>  --group &lt;name&gt;         Start with this group instead of the lesson's.
</source>
            <translation>  --group &lt;name&gt;         Mit dieser Gruppe statt der der Lektion beginnen.
</translation>
        </message>
        <message>
            <source>  --headless             Run the lesson without a window, even with a display.
</source>
            <translation>  --headless             Die Lektion ohne Fenster ausführen, auch mit Display.
</translation>
        </message>
        <message>
            <source>  --out &lt;dir&gt;            Where headless results go (default: %1).
</source>
            <translation>  --out &lt;dir&gt;            Ziel der Ergebnisse ohne Fenster (Standard: %1).
</translation>
        </message>
        <message>
            <source>  --screenshot &lt;file&gt;    Open the window, save a PNG of it once drawn, exit.
</source>
            <translation>  --screenshot &lt;file&gt;    Fenster öffnen, nach dem Zeichnen als PNG speichern, beenden.
</translation>
        </message>
        <message>
            <source>  --train                Start training the lesson's experiment at once.
</source>
            <translation>  --train                Das Experiment der Lektion sofort trainieren.
</translation>
        </message>
        <message>
            <source>  --screenshot-step &lt;n&gt;  With --screenshot: train exactly n steps, then save it.
</source>
            <translation>  --screenshot-step &lt;n&gt;  Mit --screenshot: genau n Schritte trainieren, dann speichern.
</translation>
        </message>
        <message>
            <source>  --screenshot-width &lt;w&gt; With --screenshot: scale the picture to w pixels wide.
</source>
            <translation>  --screenshot-width &lt;w&gt; Mit --screenshot: das Bild auf w Pixel Breite skalieren.
</translation>
        </message>
        <message>
            <source>  --dark, --presentation Dark theme; large fonts and thick lines.
</source>
            <translation>  --dark, --presentation Dunkles Design; große Schrift und dicke Linien.
</translation>
        </message>
        <message>
            <source>  --restore-session      Restore the session autosaved by a window that did not
                         end cleanly (without asking; prints the step restored).
</source>
            <translation>  --restore-session      Automatisch gesicherte Sitzung eines nicht sauber beendeten
                         Fensters wiederherstellen (ohne Rückfrage; nennt den Schritt).
</translation>
        </message>
        <message>
            <source>  --autosave-interval &lt;s&gt;
                         Save the window's session every s seconds
                         (default %1; 0: never).
</source>
            <translation>  --autosave-interval &lt;s&gt;
                         Die Sitzung des Fensters alle s Sekunden sichern
                         (Standard %1; 0: nie).
</translation>
        </message>
        <message>
            <source>  --latency-probe &lt;s&gt;    Train for s seconds and print the window's event-loop
                         latency (percentiles of a 10 ms timer's lateness).
</source>
            <translation>  --latency-probe &lt;s&gt;    s Sekunden trainieren und die Latenz der Ereignisschleife
                         ausgeben (Perzentile der Verspätung eines 10-ms-Timers).
</translation>
        </message>
        <message>
            <source>
Commands:
</source>
            <translation>
Befehle:
</translation>
        </message>
        <message>
            <source>Restore the last session?</source>
            <translation>Letzte Sitzung wiederherstellen?</translation>
        </message>
        <message>
            <source>eqlab did not end cleanly last time. Restore the experiment, its trained weights and its curves as they were last autosaved?</source>
            <translation>eqlab wurde beim letzten Mal nicht sauber beendet. Das Experiment, seine trainierten Gewichte und seine Kurven im Stand der letzten automatischen Sicherung wiederherstellen?</translation>
        </message>
        <message>
            <source>Restore</source>
            <translation>Wiederherstellen</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <source>eqlab: restored the session at step %1 from %2
</source>
            <translation>eqlab: Sitzung bei Schritt %1 aus %2 wiederhergestellt
</translation>
        </message>
        <message>
            <source>Session restored at step %1</source>
            <translation>Sitzung bei Schritt %1 wiederhergestellt</translation>
        </message>
        <message>
            <source>eqlab: cannot restore the session: %1
</source>
            <translation>eqlab: Sitzung kann nicht wiederhergestellt werden: %1
</translation>
        </message>
        <message>
            <source>Cannot restore the session</source>
            <translation>Die Sitzung kann nicht wiederhergestellt werden</translation>
        </message>
        <message>
            <source>eqlab: event-loop latency while training: p50 %1 ms, p99 %2 ms, max %3 ms (%4 timer events of 10 ms in %5 s); %6 snapshots delivered (%7 per s)
</source>
            <translation>eqlab: Latenz der Ereignisschleife beim Training: p50 %1 ms, p99 %2 ms, max %3 ms (%4 Timer-Ereignisse zu 10 ms in %5 s); %6 Snapshots geliefert (%7 pro s)
</translation>
        </message>
        <message>
            <source>eqlab: wrote %1
</source>
            <translation>eqlab: %1 geschrieben
</translation>
        </message>
        <message>
            <source>eqlab: could not write the screenshot %1
</source>
            <translation>eqlab: Screenshot %1 konnte nicht geschrieben werden
</translation>
        </message>
        <message>
            <source>eqlab: no autosaved session in %1
</source>
            <translation>eqlab: keine automatisch gesicherte Sitzung in %1
</translation>
        </message>
        <message>
            <source>eqlab: unknown group '%1'. Run 'eqlab --help'.
</source>
            <translation>eqlab: unbekannte Gruppe '%1'. Siehe 'eqlab --help'.
</translation>
        </message>
        <message>
            <source>eqlab: unknown view '%1'. Run 'eqlab --help'.
</source>
            <translation>eqlab: unbekannte Ansicht '%1'. Siehe 'eqlab --help'.
</translation>
        </message>
        <message>
            <source>eqlab: unknown command '%1'. Run 'eqlab --help' for the list.
</source>
            <translation>eqlab: unbekannter Befehl '%1'. Liste mit 'eqlab --help'.
</translation>
        </message>
        <message>
            <source>eqlab: %1
Run 'eqlab --help' for the options.
</source>
            <translation>eqlab: %1
Optionen mit 'eqlab --help'.
</translation>
        </message>
        <message>
            <source>eqlab: unexpected argument '%1'. Run 'eqlab --help'.
</source>
            <translation>eqlab: unerwartetes Argument '%1'. Siehe 'eqlab --help'.
</translation>
        </message>
        <message>
            <source>eqlab: --screenshot needs a display (try xvfb-run -a eqlab ...).
</source>
            <translation>eqlab: --screenshot braucht ein Display (z. B. xvfb-run -a eqlab ...).
</translation>
        </message>
        <message>
            <source>eqlab: give either an experiment file or --lesson, not both.
</source>
            <translation>eqlab: entweder eine Experimentdatei oder --lesson angeben, nicht beides.
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
            <translation>eqlab: kein Fenster; %1 wird wie bei 'eqlab run' ohne Fenster trainiert.
</translation>
        </message>
        <message>
            <source>eqlab: no lesson named '%1'. Lessons: %2.
</source>
            <translation>eqlab: keine Lektion namens '%1'. Lektionen: %2.
</translation>
        </message>
        <message>
            <source>eqlab: --group %1: without a window only the orbit lessons take a group (--lesson orbits); the lesson '%2' trains with the group its experiment names.
</source>
            <translation>eqlab: --group %1: ohne Fenster nehmen nur die Bahnen-Lektionen eine Gruppe (--lesson orbits); die Lektion '%2' trainiert mit der Gruppe, die ihr Experiment nennt.
</translation>
        </message>
        <message>
            <source>eqlab: training lesson '%1' headless as 'eqlab run' does.
</source>
            <translation>eqlab: Lektion '%1' wird wie bei 'eqlab run' ohne Fenster trainiert.
</translation>
        </message>
        <message>
            <source>eqlab: no display found; training lesson '%1' headless as 'eqlab run' does.
</source>
            <translation>eqlab: kein Display gefunden; Lektion '%1' wird wie bei 'eqlab run' ohne Fenster trainiert.
</translation>
        </message>
        <message>
            <source>eqlab: no display found; running lesson '%1' headless.
</source>
            <translation>eqlab: kein Display gefunden; Lektion '%1' wird ohne Fenster ausgeführt.
</translation>
        </message>
        <message>
            <source>eqlab: --restore-session opens the autosaved experiment: not with --lesson, a file, --screenshot-step or --latency-probe.
</source>
            <translation>eqlab: --restore-session öffnet das automatisch gesicherte Experiment: nicht mit --lesson, einer Datei, --screenshot-step oder --latency-probe.
</translation>
        </message>
        <message>
            <source>eqlab: --autosave-interval needs a number of seconds &gt;= 0.
</source>
            <translation>eqlab: --autosave-interval braucht eine Sekundenzahl &gt;= 0.
</translation>
        </message>
        <message>
            <source>eqlab: --screenshot-step needs a number of steps &gt;= 0 and --screenshot FILE.
</source>
            <translation>eqlab: --screenshot-step braucht eine Schrittzahl &gt;= 0 und --screenshot FILE.
</translation>
        </message>
        <message>
            <source>eqlab: --screenshot-width needs a width in pixels from 16 to 4000 and --screenshot FILE.
</source>
            <translation>eqlab: --screenshot-width braucht eine Breite von 16 bis 4000 Pixeln und --screenshot FILE.
</translation>
        </message>
        <message>
            <source>eqlab: --latency-probe needs a number of seconds &gt; 0 and an experiment lesson (--lesson NAME).
</source>
            <translation>eqlab: --latency-probe braucht eine Sekundenzahl &gt; 0 und eine Experiment-Lektion (--lesson NAME).
</translation>
        </message>
    </context>
    <context>
        <name>ArchitectureText</name>
        <message>
            <source> (augmented)</source>
            <translation> (augmentiert)</translation>
        </message>
        <message>
            <source> (on the codes of %1)</source>
            <translation> (auf den Codes von %1)</translation>
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
            <translation>Aufruf: eqlab basis --group NAME --in REP --out REP [--json] [--show]

Die Basis der linearen Abbildungen W mit rho_out(g) W = W rho_in(g) für alle g,
deren Dimension mit der Charakterformel (1/|G|) sum_g chi_in(g) chi_out(g) geprüft wird.
REP: trivial, sign, std, perm, regular, grid:K, mit + (direkte Summe), * (Tensor-
produkt), ^k und Klammern, z. B. 'std*std' oder '(std^2)+sign' (docs/cli.md).
--show gibt die Basismatrizen aus (dichte Basis; bei zwei Permutationsdarstellungen
die 0/1-Bahnenbasis als Matrix der Bahnnummern).
</translation>
        </message>
        <message>
            <source>eqlab basis: unexpected argument '%1'
</source>
            <translation>eqlab basis: unerwartetes Argument '%1'
</translation>
        </message>
        <message>
            <source>eqlab basis: missing --%1, e.g. 'eqlab basis --group S4 --in perm --out perm'
</source>
            <translation>eqlab basis: --%1 fehlt, z. B. 'eqlab basis --group S4 --in perm --out perm'
</translation>
        </message>
        <message>
            <source>  orbit of each cell (cells with one number share a weight):
</source>
            <translation>  Bahn jeder Zelle (Zellen mit gleicher Nummer teilen ein Gewicht):
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
            <translation>  (nicht gezeigt: %1 x %2 ist größer als %3 Zellen)
</translation>
        </message>
        <message>
            <source>equivariant maps %1 -&gt; %2 of %3 (|G| = %4)
</source>
            <translation>äquivariante Abbildungen %1 -&gt; %2 von %3 (|G| = %4)
</translation>
        </message>
        <message>
            <source>  shape      %1 x %2
</source>
            <translation>  Form       %1 x %2
</translation>
        </message>
        <message>
            <source>  dimension  %1 (%2 basis)
</source>
            <translation>  Dimension  %1 (%2 Basis)
</translation>
        </message>
        <message>
            <source>  character formula gives %1
</source>
            <translation>  Charakterformel ergibt %1
</translation>
        </message>
        <message>
            <source>eqlab basis: the solver's dimension %1 differs from the character formula's %2: please report this as a bug
</source>
            <translation>eqlab basis: die Dimension %1 des Lösers weicht von %2 aus der Charakterformel ab: bitte als Fehler melden
</translation>
        </message>
        <message>
            <source>Equivariant linear maps between two representations (eqlab basis --group S4 --in perm --out perm).</source>
            <translation>Äquivariante lineare Abbildungen zwischen zwei Darstellungen (eqlab basis --group S4 --in perm --out perm).</translation>
        </message>
    </context>
    <context>
        <name>BasisMethods</name>
        <message>
            <source>orbits</source>
            <translation>Bahnen</translation>
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
            <translation>Aufruf: eqlab figure VIEW --group G [--rep R] [--rep-out R2] [--format F] --out FILE

Zeichnet eine der Ansichten des Gruppen-Explorers ohne Fenster.
VIEW: %1.
--rep ist die Darstellung, in der die Bahn liegt (Standard std), oder die
Eingabe der Gewichtsteilungsmatrix (--rep-out deren Ausgabe, Standard
dieselbe). Das Format folgt der Endung von FILE (svg, pdf, png, csv, glb) oder
--format; die CSV des Gezeichneten wird neben das Bild geschrieben.
Kein Display nötig (docs/figures.md).

</translation>
        </message>
        <message>
            <source>eqlab figure: expected one view (%1), e.g. 'eqlab figure orbit --group I --rep std --out orbit.svg'
</source>
            <translation>eqlab figure: eine Ansicht (%1) erwartet, z. B. 'eqlab figure orbit --group I --rep std --out orbit.svg'
</translation>
        </message>
        <message>
            <source>eqlab figure: --group and --out are needed
</source>
            <translation>eqlab figure: --group und --out werden benötigt
</translation>
        </message>
        <message>
            <source>eqlab figure: cannot tell the format of '%1' (known: %2)
</source>
            <translation>eqlab figure: Format von '%1' nicht erkennbar (bekannt: %2)
</translation>
        </message>
        <message>
            <source>eqlab figure: only orbit and cayley are 3-D (glb)
</source>
            <translation>eqlab figure: nur orbit und cayley sind 3-D (glb)
</translation>
        </message>
        <message>
            <source>eqlab figure: cannot create the folder %1
</source>
            <translation>eqlab figure: Ordner %1 kann nicht angelegt werden
</translation>
        </message>
        <message>
            <source>eqlab figure: wrote %1 (data: %2)
</source>
            <translation>eqlab figure: %1 geschrieben (Daten: %2)
</translation>
        </message>
        <message>
            <source>Draw an explorer view to a file (eqlab figure orbit --group I --out o.svg).</source>
            <translation>Eine Explorer-Ansicht in eine Datei zeichnen (eqlab figure orbit --group I --out o.svg).</translation>
        </message>
    </context>
    <context>
        <name>FigureExport</name>
        <message>
            <source>--size expects WIDTHxHEIGHT in cm between 1 and 100, e.g. 12x8; got '%1'</source>
            <translation>--size erwartet BREITExHÖHE in cm zwischen 1 und 100, z. B. 12x8; erhalten: '%1'</translation>
        </message>
        <message>
            <source>--font-size expects points between 2 and 72, got '%1'</source>
            <translation>--font-size erwartet Punkte zwischen 2 und 72, erhalten: '%1'</translation>
        </message>
        <message>
            <source>--scale expects 1, 2, 3 or 4, got '%1'</source>
            <translation>--scale erwartet 1, 2, 3 oder 4, erhalten: '%1'</translation>
        </message>
        <message>
            <source>  --size WxH           Figure size in cm (default 12x8).
  --font-size PT       Text size in points (default 9).
  --font FAMILY        Font family (default: the system's).
  --scale N            PNG pixels: the size at 96 dpi times N (1-4, default 1).
  --screen-style       The window's colours instead of the paper style.
</source>
            <translation>  --size WxH           Größe der Abbildung in cm (Standard 12x8).
  --font-size PT       Schriftgröße in Punkt (Standard 9).
  --font FAMILY        Schriftfamilie (Standard: die des Systems).
  --scale N            PNG-Pixel: die Größe bei 96 dpi mal N (1-4, Standard 1).
  --screen-style       Die Farben des Fensters statt des Papierstils.
</translation>
        </message>
        <message>
            <source>unknown figure format '%1' (known: %2)</source>
            <translation>unbekanntes Abbildungsformat '%1' (bekannt: %2)</translation>
        </message>
        <message>
            <source>no figure format given (e.g. --figures svg,pdf,png)</source>
            <translation>kein Abbildungsformat angegeben (z. B. --figures svg,pdf,png)</translation>
        </message>
        <message>
            <source>%1: figure '%2': %3
</source>
            <translation>%1: Abbildung '%2': %3
</translation>
        </message>
        <message numerus="yes">
            <source>%1: %n figure(s) (%2, with the CSV of each) in %3
</source>
            <translation>
                <numerusform>%1: %n Abbildung (%2, jeweils mit CSV) in %3
</numerusform>
                <numerusform>%1: %n Abbildungen (%2, jeweils mit CSV) in %3
</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FigureFiles</name>
        <message>
            <source>cannot write %1: %2</source>
            <translation>%1 kann nicht geschrieben werden: %2</translation>
        </message>
        <message>
            <source>cannot write %1</source>
            <translation>%1 kann nicht geschrieben werden</translation>
        </message>
        <message>
            <source>the figure's size must be between 1 and 100 cm, got %1 × %2 cm</source>
            <translation>die Größe der Abbildung muss zwischen 1 und 100 cm liegen, erhalten: %1 × %2 cm</translation>
        </message>
        <message>
            <source>the font size must be between 2 and 72 pt, got %1</source>
            <translation>die Schriftgröße muss zwischen 2 und 72 pt liegen, erhalten: %1</translation>
        </message>
        <message>
            <source>%1: only the 3-D views (orbits, Cayley graph) export glTF</source>
            <translation>%1: nur die 3-D-Ansichten (Bahnen, Cayley-Graph) exportieren glTF</translation>
        </message>
        <message>
            <source>%1: unknown format '%2' (known: %3)</source>
            <translation>%1: unbekanntes Format '%2' (bekannt: %3)</translation>
        </message>
        <message>
            <source>cannot create the folder %1</source>
            <translation>Ordner %1 kann nicht angelegt werden</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>Loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>mini-batch loss</source>
            <translation>Mini-Batch-Verlust</translation>
        </message>
        <message>
            <source>Train/test</source>
            <translation>Training/Test</translation>
        </message>
        <message>
            <source>loss (dashed: test set)</source>
            <translation>Verlust (gestrichelt: Testmenge)</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>accuracy (dashed: test set)</source>
            <translation>Genauigkeit (gestrichelt: Testmenge)</translation>
        </message>
        <message>
            <source>Symmetry error</source>
            <translation>Symmetriefehler</translation>
        </message>
        <message>
            <source>relative error |f(g·x) - g·f(x)| / |f(x)|</source>
            <translation>relativer Fehler |f(g·x) - g·f(x)| / |f(x)|</translation>
        </message>
        <message>
            <source>Receptive fields</source>
            <translation>Rezeptive Felder</translation>
        </message>
        <message>
            <source>inverse participation ratio (1/D spread, 1 local)</source>
            <translation>inverse Partizipationsrate (1/D verteilt, 1 lokal)</translation>
        </message>
        <message>
            <source>Stitching</source>
            <translation>Zusammenfügen</translation>
        </message>
        <message>
            <source>mean loss</source>
            <translation>mittlerer Verlust</translation>
        </message>
        <message>
            <source>generator %1</source>
            <translation>Erzeuger %1</translation>
        </message>
        <message>
            <source>%1 · %2: orbit spread %3</source>
            <translation>%1 · %2: Bahnstreuung %3</translation>
        </message>
        <message>
            <source>%1: learned filters</source>
            <translation>%1: gelernte Filter</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>Multiplication table of %1 (row · column)</source>
            <translation>Multiplikationstafel von %1 (Zeile · Spalte)</translation>
        </message>
        <message>
            <source>Character table of %1</source>
            <translation>Charaktertafel von %1</translation>
        </message>
        <message>
            <source>%1: %2 free parameters</source>
            <translation>%1: %2 freie Parameter</translation>
        </message>
        <message>
            <source>output</source>
            <translation>Ausgabe</translation>
        </message>
        <message>
            <source>input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>a random equivariant W</source>
            <translation>ein zufälliges äquivariantes W</translation>
        </message>
    </context>
    <context>
        <name>GroupCommand</name>
        <message>
            <source>  character table (rows: irreducibles over C; columns: classes)
</source>
            <translation>  Charaktertafel (Zeilen: Irreduzible über C; Spalten: Klassen)
</translation>
        </message>
        <message>
            <source>group %1
</source>
            <translation>Gruppe %1
</translation>
        </message>
        <message>
            <source>  order          %1
</source>
            <translation>  Ordnung        %1
</translation>
        </message>
        <message>
            <source>  abelian        %1
</source>
            <translation>  abelsch        %1
</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>ja</translation>
        </message>
        <message>
            <source>no</source>
            <translation>nein</translation>
        </message>
        <message>
            <source>  exponent       %1
</source>
            <translation>  Exponent       %1
</translation>
        </message>
        <message>
            <source>%1 (order %2)</source>
            <translation>%1 (Ordnung %2)</translation>
        </message>
        <message>
            <source>  generators     %1
</source>
            <translation>  Erzeuger       %1
</translation>
        </message>
        <message>
            <source>  element orders %1
</source>
            <translation>  Elementordnungen %1
</translation>
        </message>
        <message>
            <source>  classes        %1, of sizes %2
</source>
            <translation>  Klassen        %1, der Größen %2
</translation>
        </message>
        <message>
            <source>  centre         %1 element(s)
</source>
            <translation>  Zentrum        %1 Element(e)
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
            <translation>Aufruf: eqlab group NAME [--json]

Eigenschaften einer endlichen Gruppe: Ordnung, Erzeuger, Elementordnungen,
Konjugationsklassen. NAME: Cn, Dn, Sn, An, V4, Q8, T, O, I, Produkte wie
C3xC4 oder custom:FILE (docs/cli.md).
</translation>
        </message>
        <message>
            <source>eqlab group: expected one group name, e.g. 'eqlab group D4'
</source>
            <translation>eqlab group: ein Gruppenname erwartet, z. B. 'eqlab group D4'
</translation>
        </message>
        <message>
            <source>Facts of a finite group (eqlab group D4 --json).</source>
            <translation>Eigenschaften einer endlichen Gruppe (eqlab group D4 --json).</translation>
        </message>
    </context>
    <context>
        <name>GroupStudy</name>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: order %2, %3, %4 conjugacy classes, centre of order %5, exponent %6.</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: Ordnung %2, %3, %4 Konjugationsklassen, Zentrum der Ordnung %5, Exponent %6.</translation>
        </message>
        <message>
            <source>abelian</source>
            <translation>abelsch</translation>
        </message>
        <message>
            <source>non-abelian</source>
            <translation>nicht abelsch</translation>
        </message>
        <message>
            <source>Cayley graph of %1</source>
            <translation>Cayley-Graph von %1</translation>
        </message>
        <message>
            <source>χ%1 (dim %2)</source>
            <translation>χ%1 (Dim. %2)</translation>
        </message>
        <message>
            <source>%1 → %2 of %3</source>
            <translation>%1 → %2 von %3</translation>
        </message>
    </context>
    <context>
        <name>HeadlessLesson</name>
        <message>
            <source>eqlab: lesson '%1': %2
</source>
            <translation>eqlab: Lektion '%1': %2
</translation>
        </message>
        <message>
            <source>eqlab: cannot create the results folder %1
</source>
            <translation>eqlab: Ergebnisordner %1 kann nicht angelegt werden
</translation>
        </message>
        <message>
            <source>eqlab: cannot write results into %1: %2
</source>
            <translation>eqlab: Ergebnisse können nicht nach %1 geschrieben werden: %2
</translation>
        </message>
        <message>
            <source>eqlab: lesson '%1': %2 acting on R^%3, the orbit of the point has %4 points (stabilizer of order %5).
</source>
            <translation>eqlab: Lektion '%1': %2 wirkt auf R^%3, die Bahn des Punktes hat %4 Punkte (Stabilisator der Ordnung %5).
</translation>
        </message>
        <message>
            <source>eqlab: results written to %1 (orbit.csv, summary.json)
</source>
            <translation>eqlab: Ergebnisse nach %1 geschrieben (orbit.csv, summary.json)
</translation>
        </message>
    </context>
    <context>
        <name>KindParameters</name>
        <message>
            <source>n, the number of elements of the set</source>
            <translation>n, die Anzahl der Elemente der Menge</translation>
        </message>
        <message>
            <source>number of training samples</source>
            <translation>Anzahl der Trainingsproben</translation>
        </message>
        <message>
            <source>held-out test samples, drawn from their own stream (0: no test set)</source>
            <translation>zurückgehaltene Testproben, aus einem eigenen Zufallsstrom gezogen (0: keine Testmenge)</translation>
        </message>
        <message>
            <source>pixels D on the ring</source>
            <translation>Pixel D auf dem Ring</translation>
        </message>
        <message>
            <source>correlation length of class 0</source>
            <translation>Korrelationslänge der Klasse 0</translation>
        </message>
        <message>
            <source>correlation length of class 1</source>
            <translation>Korrelationslänge der Klasse 1</translation>
        </message>
        <message>
            <source>g: larger is further from Gaussian</source>
            <translation>g: größer heißt weiter von gaußsch entfernt</translation>
        </message>
        <message>
            <source>samples, half of each class</source>
            <translation>Proben, je zur Hälfte aus jeder Klasse</translation>
        </message>
        <message>
            <source>sample the Gaussian with the same covariance (the clone) instead</source>
            <translation>stattdessen die Gauß-Verteilung mit derselben Kovarianz ziehen (den Klon)</translation>
        </message>
        <message>
            <source>K: harmonics 1..K</source>
            <translation>K: Harmonische 1..K</translation>
        </message>
        <message>
            <source>samples</source>
            <translation>Proben</translation>
        </message>
        <message>
            <source>classes sign(&lt;f^3&gt;) instead of regressing &lt;f^3&gt;</source>
            <translation>Klassen sign(&lt;f^3&gt;) statt Regression auf &lt;f^3&gt;</translation>
        </message>
        <message>
            <source>cells of each polyomino (4: tetrominoes)</source>
            <translation>Zellen jedes Polyominos (4: Tetrominos)</translation>
        </message>
        <message>
            <source>image size K (odd, at least cells)</source>
            <translation>Bildgröße K (ungerade, mindestens cells)</translation>
        </message>
        <message>
            <source>random rotations (C4) or rotations and flips (D4)</source>
            <translation>zufällige Drehungen (C4) oder Drehungen und Spiegelungen (D4)</translation>
        </message>
        <message>
            <source>number of samples</source>
            <translation>Anzahl der Proben</translation>
        </message>
        <message>
            <source>standard deviation of Gaussian pixel noise</source>
            <translation>Standardabweichung des gaußschen Pixelrauschens</translation>
        </message>
        <message>
            <source>image size n</source>
            <translation>Bildgröße n</translation>
        </message>
        <message>
            <source>angles uniform in [0, max_degrees); 0 = upright</source>
            <translation>Winkel gleichverteilt in [0, max_degrees); 0 = aufrecht</translation>
        </message>
        <message>
            <source>random scale, shift and stroke width</source>
            <translation>zufällige Skalierung, Verschiebung und Strichbreite</translation>
        </message>
        <message>
            <source>points per sample (repeating vertices)</source>
            <translation>Punkte je Probe (Ecken wiederholt)</translation>
        </message>
        <message>
            <source>the random rotations: a catalogue group, or uniform on SO(3)</source>
            <translation>die zufälligen Drehungen: eine Gruppe aus dem Katalog oder gleichverteilt auf SO(3)</translation>
        </message>
        <message>
            <source>standard deviation of noise per coordinate</source>
            <translation>Standardabweichung des Rauschens je Koordinate</translation>
        </message>
        <message>
            <source>pattern size K (2^(K*K) patterns)</source>
            <translation>Mustergröße K (2^(K*K) Muster)</translation>
        </message>
        <message>
            <source>the group on the grid</source>
            <translation>die Gruppe auf dem Gitter</translation>
        </message>
        <message>
            <source>all patterns; equal-count (two orbits per stabilizer order at pixel counts K*K/2-1 and K*K/2); or seed patterns, numbers separated by commas: their complete orbits</source>
            <translation>alle Muster; equal-count (zwei Bahnen je Stabilisatorordnung bei den Pixelzahlen K*K/2-1 und K*K/2); oder Keim-Muster, Zahlen durch Kommas getrennt: ihre vollständigen Bahnen</translation>
        </message>
        <message>
            <source>each pattern once, or each pattern |Stab| times (every orbit |G| samples)</source>
            <translation>jedes Muster einmal, oder jedes Muster |Stab|-mal (jede Bahn |G| Proben)</translation>
        </message>
        <message>
            <source>fraction of the samples held out as the test set (0: no test set)</source>
            <translation>Anteil der Proben, der als Testmenge zurückgehalten wird (0: keine Testmenge)</translation>
        </message>
        <message>
            <source>dimension of x</source>
            <translation>Dimension von x</translation>
        </message>
        <message>
            <source>p = +1 (even) or -1 (odd)</source>
            <translation>p = +1 (gerade) oder -1 (ungerade)</translation>
        </message>
        <message>
            <source>training samples</source>
            <translation>Trainingsproben</translation>
        </message>
        <message>
            <source>K, the image side</source>
            <translation>K, die Bildseite</translation>
        </message>
        <message>
            <source>the order of the cyclic group C_n</source>
            <translation>die Ordnung der zyklischen Gruppe C_n</translation>
        </message>
        <message>
            <source>the element g in the input: its index as one number (what a group-action layer reads), or one-hot in |G| rows (a fair input for plain nets)</source>
            <translation>das Element g in der Eingabe: sein Index als eine Zahl (was eine Gruppenwirkungs-Schicht liest) oder One-hot in |G| Zeilen (eine faire Eingabe für einfache Netze)</translation>
        </message>
        <message>
            <source>number of training samples (even)</source>
            <translation>Anzahl der Trainingsproben (gerade)</translation>
        </message>
        <message>
            <source>d, input dimension</source>
            <translation>d, Eingabedimension</translation>
        </message>
        <message>
            <source>h, hidden units of the teacher</source>
            <translation>h, verborgene Neuronen des Lehrers</translation>
        </message>
        <message>
            <source>the teacher's s</source>
            <translation>das s des Lehrers</translation>
        </message>
        <message>
            <source>D, samples around the ring</source>
            <translation>D, Abtastwerte rund um den Ring</translation>
        </message>
        <message>
            <source>translation-invariant low-pass filter, or the same spectrum in random bases</source>
            <translation>translationsinvarianter Tiefpassfilter oder dasselbe Spektrum in zufälligen Basen</translation>
        </message>
        <message>
            <source>w: gain exp(-f^2 / 2w^2) at ring frequency f</source>
            <translation>w: Verstärkung exp(-f^2 / 2w^2) bei der Ringfrequenz f</translation>
        </message>
        <message>
            <source>the CSV file</source>
            <translation>die CSV-Datei</translation>
        </message>
        <message>
            <source>how many trailing columns are targets</source>
            <translation>wie viele der letzten Spalten Ziele sind</translation>
        </message>
        <message>
            <source>the target column holds class indices 0, 1, ...</source>
            <translation>die Zielspalte enthält Klassenindizes 0, 1, ...</translation>
        </message>
        <message>
            <source>the group the data is posed under, e.g. S5</source>
            <translation>die Gruppe, unter der die Daten gestellt sind, z. B. S5</translation>
        </message>
        <message>
            <source>its action on one sample, e.g. perm (docs/representations.md)</source>
            <translation>ihre Wirkung auf eine Probe, z. B. perm (docs/representations.md)</translation>
        </message>
        <message>
            <source>the .npy file of the inputs</source>
            <translation>die .npy-Datei der Eingaben</translation>
        </message>
        <message>
            <source>the .npy file of the targets</source>
            <translation>die .npy-Datei der Ziele</translation>
        </message>
        <message>
            <source>K, the side of the image</source>
            <translation>K, die Seite des Bildes</translation>
        </message>
        <message>
            <source>output width</source>
            <translation>Ausgabebreite</translation>
        </message>
        <message>
            <source>add a bias</source>
            <translation>einen Bias hinzufügen</translation>
        </message>
        <message>
            <source>the nonlinearity</source>
            <translation>die Nichtlinearität</translation>
        </message>
        <message>
            <source>representation of the input, e.g. perm</source>
            <translation>Darstellung der Eingabe, z. B. perm</translation>
        </message>
        <message>
            <source>representation of the output, e.g. 4*perm</source>
            <translation>Darstellung der Ausgabe, z. B. 4*perm</translation>
        </message>
        <message>
            <source>output channels</source>
            <translation>Ausgabekanäle</translation>
        </message>
        <message>
            <source>a bias on the rotation-invariant part (k = 0)</source>
            <translation>ein Bias auf dem rotationsinvarianten Anteil (k = 0)</translation>
        </message>
        <message>
            <source>the pointwise function</source>
            <translation>die punktweise Funktion</translation>
        </message>
        <message>
            <source>N samples per channel, at least 2K+1; 0 means 3K+1 (exact for square)</source>
            <translation>N Abtastpunkte je Kanal, mindestens 2K+1; 0 bedeutet 3K+1 (exakt für square)</translation>
        </message>
        <message>
            <source>rotations (C4) or rotations and flips (D4) of the grid</source>
            <translation>Drehungen (C4) oder Drehungen und Spiegelungen (D4) des Gitters</translation>
        </message>
        <message>
            <source>output channels (each with |H| maps)</source>
            <translation>Ausgabekanäle (jeder mit |H| Karten)</translation>
        </message>
        <message>
            <source>kernel size k (odd)</source>
            <translation>Kerngröße k (ungerade)</translation>
        </message>
        <message>
            <source>zero padding on each side; -1 = k/2 (same size)</source>
            <translation>Auffüllen mit Nullen an jeder Seite; -1 = k/2 (gleiche Größe)</translation>
        </message>
        <message>
            <source>a bias per output channel</source>
            <translation>ein Bias je Ausgabekanal</translation>
        </message>
        <message>
            <source>number N of filter orientations (360/N degrees apart)</source>
            <translation>Anzahl N der Filterorientierungen (360/N Grad auseinander)</translation>
        </message>
        <message>
            <source>output channels (each with N orientations)</source>
            <translation>Ausgabekanäle (jeder mit N Orientierungen)</translation>
        </message>
        <message>
            <source>kernel size k (odd; the disc |z| &lt;= k/2)</source>
            <translation>Kerngröße k (ungerade; die Scheibe |z| &lt;= k/2)</translation>
        </message>
        <message>
            <source>max or mean over the group</source>
            <translation>Maximum oder Mittelwert über die Gruppe</translation>
        </message>
        <message>
            <source>the averaged net f</source>
            <translation>das gemittelte Netz f</translation>
        </message>
        <message>
            <source>invariant output, or equivariant with out_rep</source>
            <translation>invariante Ausgabe oder äquivariant mit out_rep</translation>
        </message>
        <message>
            <source>representation of the output (equivariant)</source>
            <translation>Darstellung der Ausgabe (äquivariant)</translation>
        </message>
        <message>
            <source>coupling layers in the flow Φ</source>
            <translation>Kopplungsschichten im Fluss Φ</translation>
        </message>
        <message>
            <source>hidden width of each coupling's net</source>
            <translation>verborgene Breite des Netzes jeder Kopplung</translation>
        </message>
        <message>
            <source>nonlinearity of those nets</source>
            <translation>Nichtlinearität dieser Netze</translation>
        </message>
        <message>
            <source>σ: swap the two halves of x, or negate its second half</source>
            <translation>σ: die beiden Hälften von x vertauschen oder seine zweite Hälfte negieren</translation>
        </message>
        <message>
            <source>coupling layers of Φ (additive: volume-preserving)</source>
            <translation>Kopplungsschichten von Φ (additiv: volumenerhaltend)</translation>
        </message>
        <message>
            <source>P: a faithful representation of the group by signed permutations, e.g. std (Q8, C4, D4), perm, regular</source>
            <translation>P: eine treue Darstellung der Gruppe durch vorzeichenbehaftete Permutationen, z. B. std (Q8, C4, D4), perm, regular</translation>
        </message>
        <message>
            <source>additive couplings only: log|det J| = 0 exactly (else affine)</source>
            <translation>nur additive Kopplungen: log|det J| = 0 exakt (sonst affin)</translation>
        </message>
        <message>
            <source>the wrapped net g</source>
            <translation>das umhüllte Netz g</translation>
        </message>
        <message>
            <source>T: x -&gt; -x, the left-right mirror of an image, or A x + c from 'matrix' and 'offset'</source>
            <translation>T: x -&gt; -x, die Links-rechts-Spiegelung eines Bildes oder A x + c aus 'matrix' und 'offset'</translation>
        </message>
        <message>
            <source>A, row by row (involution 'matrix'), A^2 = I</source>
            <translation>A, Zeile für Zeile (Involution 'matrix'), A^2 = I</translation>
        </message>
        <message>
            <source>c with A c = -c (default 0)</source>
            <translation>c mit A c = -c (Vorgabe 0)</translation>
        </message>
        <message>
            <source>relu: x relu(|x| - b)/|x|; sigmoid: x sigmoid(|x| - b)</source>
            <translation>relu: x relu(|x| - b)/|x|; sigmoid: x sigmoid(|x| - b)</translation>
        </message>
        <message>
            <source>tensor order of the hidden features</source>
            <translation>Tensorordnung der verborgenen Merkmale</translation>
        </message>
        <message>
            <source>copies of the order-1 or order-2 features</source>
            <translation>Kopien der Merkmale der Ordnung 1 oder 2</translation>
        </message>
        <message>
            <source>equivariant hidden layers</source>
            <translation>äquivariante verborgene Schichten</translation>
        </message>
        <message>
            <source>invariant features before the output layer</source>
            <translation>invariante Merkmale vor der Ausgabeschicht</translation>
        </message>
        <message>
            <source>the pointwise nonlinearity</source>
            <translation>die punktweise Nichtlinearität</translation>
        </message>
        <message>
            <source>order 2: start with x -&gt; x (x) x (else a linear lift)</source>
            <translation>Ordnung 2: mit x -&gt; x (x) x beginnen (sonst ein linearer Lift)</translation>
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
            <translation>nimmt keine Argumente außer --json oder --markdown</translation>
        </message>
        <message>
            <source>Usage: eqlab kinds [--json | --markdown]

Lists every task, layer and metric kind an experiment file can name,
with its parameters: type, default, allowed values and meaning.
--markdown prints the reference of docs/experiment-format.md.
</source>
            <translation>Aufruf: eqlab kinds [--json | --markdown]

Listet jede Art von Aufgabe, Schicht und Metrik, die eine Experimentdatei nennen kann,
mit ihren Parametern: Typ, Standardwert, erlaubte Werte und Bedeutung.
--markdown gibt die Referenz aus docs/experiment-format.md aus.
</translation>
        </message>
        <message>
            <source>, required</source>
            <translation>, erforderlich</translation>
        </message>
        <message>
            <source>, default %1</source>
            <translation>, Standard %1</translation>
        </message>
        <message>
            <source>Task kinds ("task": {"kind": ...}):</source>
            <translation>Aufgabenarten ("task": {"kind": ...}):</translation>
        </message>
        <message>
            <source>Layer kinds ("model": [{"type": ...}]):</source>
            <translation>Schichtarten ("model": [{"type": ...}]):</translation>
        </message>
        <message>
            <source>Metric kinds ("metrics": {"compute": [...]}):</source>
            <translation>Metrikarten ("metrics": {"compute": [...]}):</translation>
        </message>
        <message>
            <source>Every task, layer and metric kind with its parameters (eqlab kinds --json).</source>
            <translation>Jede Aufgaben-, Schicht- und Metrikart mit ihren Parametern (eqlab kinds --json).</translation>
        </message>
    </context>
    <context>
        <name>LabExperiment</name>
        <message>
            <source>: %1 parameters</source>
            <translation>: %1 Parameter</translation>
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
            <translation>vollständig verbundene Schicht, W x + b (bricht jede Symmetrie)</translation>
        </message>
        <message>
            <source>pointwise nonlinearity (commutes with permutation representations)</source>
            <translation>punktweise Nichtlinearität (vertauscht mit Permutationsdarstellungen)</translation>
        </message>
        <message>
            <source>linear map in the basis of equivariant maps between two representations of the group</source>
            <translation>lineare Abbildung in der Basis der äquivarianten Abbildungen zwischen zwei Darstellungen der Gruppe</translation>
        </message>
        <message>
            <source>mixes channels frequency by frequency (a complex weight per k): commutes with every rotation</source>
            <translation>mischt Kanäle Frequenz für Frequenz (ein komplexes Gewicht je k): vertauscht mit jeder Drehung</translation>
        </message>
        <message>
            <source>samples each channel at N points, applies a pointwise function, keeps harmonics up to K (exact for every angle when N is large enough, else only at multiples of 2pi/N)</source>
            <translation>tastet jeden Kanal an N Punkten ab, wendet eine punktweise Funktion an, behält die Harmonischen bis K (exakt für jeden Winkel, wenn N groß genug ist, sonst nur bei Vielfachen von 2pi/N)</translation>
        </message>
        <message>
            <source>rotation-invariant readout: per channel the mean a0 and the power a_k^2 + b_k^2 of each harmonic</source>
            <translation>rotationsinvariante Auslese: je Kanal der Mittelwert a0 und die Leistung a_k^2 + b_k^2 jeder Harmonischen</translation>
        </message>
        <message>
            <source>lifting convolution: correlate an image with the |H| rotated/flipped filters</source>
            <translation>Lifting-Faltung: korreliert ein Bild mit den |H| gedrehten/gespiegelten Filtern</translation>
        </message>
        <message>
            <source>group convolution on maps over (H, pixels); exactly H-equivariant</source>
            <translation>Gruppenfaltung auf Karten über (H, Pixel); exakt H-äquivariant</translation>
        </message>
        <message>
            <source>max or mean over the group axis at every pixel (invariant to H on it)</source>
            <translation>Maximum oder Mittelwert über die Gruppenachse an jedem Pixel (invariant unter H darauf)</translation>
        </message>
        <message>
            <source>mean over all pixels of each channel (and group element)</source>
            <translation>Mittelwert über alle Pixel jedes Kanals (und Gruppenelements)</translation>
        </message>
        <message>
            <source>lifting to an orientation stack: correlate an image with N filters rotated by 360/N degrees (bilinear, on a disc)</source>
            <translation>Lifting auf einen Orientierungsstapel: ein Bild mit N um 360/N Grad gedrehten Filtern korrelieren (bilinear, auf einer Scheibe)</translation>
        </message>
        <message>
            <source>group convolution over an orientation stack: rotated filters, orientation axis rolled; exact at quarter turns when 4 divides N</source>
            <translation>Gruppenfaltung über einen Orientierungsstapel: gedrehte Filter, Orientierungsachse gerollt; exakt bei Vierteldrehungen, wenn 4 N teilt</translation>
        </message>
        <message>
            <source>Reynolds average of a nested model over the experiment's group: invariant (mean_g f(g.x)) or equivariant (mean_g g^-1.f(g.x)), exactly</source>
            <translation>Reynolds-Mittel eines eingebetteten Modells über die Gruppe des Experiments: exakt invariant (mean_g f(g.x)) oder äquivariant (mean_g g^-1.f(g.x))</translation>
        </message>
        <message>
            <source>N = Φ⁻¹ ∘ σ ∘ Φ with coupling layers: N(N(x)) = x exactly</source>
            <translation>N = Φ⁻¹ ∘ σ ∘ Φ mit Kopplungsschichten: N(N(x)) = x exakt</translation>
        </message>
        <message>
            <source>N_g = Φ⁻¹ ∘ P(g) ∘ Φ on inputs [x; g]: N_e = id and N_g ∘ N_h = N_gh exactly</source>
            <translation>N_g = Φ⁻¹ ∘ P(g) ∘ Φ auf Eingaben [x; g]: N_e = id und N_g ∘ N_h = N_gh exakt</translation>
        </message>
        <message>
            <source>f(x) = ½[g(x) + p·g(T x)] for a nested model g and an involution T x = A x + c: f(T x) = p·f(x) exactly</source>
            <translation>f(x) = ½[g(x) + p·g(T x)] für ein eingebettetes Modell g und eine Involution T x = A x + c: f(T x) = p·f(x) exakt</translation>
        </message>
        <message>
            <source>scales each block of the features by a function of its norm: equivariant for any orthogonal representation (use it after rotations, where a pointwise one is not)</source>
            <translation>skaliert jeden Block der Merkmale mit einer Funktion seiner Norm: äquivariant für jede orthogonale Darstellung (nach Drehungen verwenden, wo eine punktweise es nicht ist)</translation>
        </message>
        <message>
            <source>x -&gt; x (x) x (all products x_i x_j): from a representation to its square</source>
            <translation>x -&gt; x (x) x (alle Produkte x_i x_j): von einer Darstellung zu ihrem Quadrat</translation>
        </message>
        <message>
            <source>a G-invariant net of order 1 (features like x) or 2 (like x x^T) for a permutation action (Maron et al. 2019); gives 1 value</source>
            <translation>ein G-invariantes Netz der Ordnung 1 (Merkmale wie x) oder 2 (wie x x^T) für eine Permutationswirkung (Maron et al. 2019); liefert 1 Wert</translation>
        </message>
    </context>
    <context>
        <name>LessonCatalogue</name>
        <message>
            <source>More lessons</source>
            <translation>Weitere Lektionen</translation>
        </message>
    </context>
    <context>
        <name>MetricNames</name>
        <message>
            <source>train loss</source>
            <translation>Trainingsverlust</translation>
        </message>
        <message>
            <source>accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>invariance error</source>
            <translation>Invarianzfehler</translation>
        </message>
        <message>
            <source>equivariance error</source>
            <translation>Äquivarianzfehler</translation>
        </message>
        <message>
            <source>test loss</source>
            <translation>Testverlust</translation>
        </message>
        <message>
            <source>test accuracy</source>
            <translation>Testgenauigkeit</translation>
        </message>
        <message>
            <source>test invariance error</source>
            <translation>Test-Invarianzfehler</translation>
        </message>
        <message>
            <source>test equivariance error</source>
            <translation>Test-Äquivarianzfehler</translation>
        </message>
        <message>
            <source>rotation error</source>
            <translation>Rotationsfehler</translation>
        </message>
        <message>
            <source>rotation error max</source>
            <translation>Rotationsfehler (Maximum)</translation>
        </message>
        <message>
            <source>harmonic distortion</source>
            <translation>harmonische Verzerrung</translation>
        </message>
        <message>
            <source>aliased power</source>
            <translation>Aliasing-Leistung</translation>
        </message>
        <message>
            <source>aliasing error</source>
            <translation>Aliasing-Fehler</translation>
        </message>
        <message>
            <source>ipr</source>
            <translation>IPR</translation>
        </message>
        <message>
            <source>layer error max</source>
            <translation>Schichtfehler (Maximum)</translation>
        </message>
        <message>
            <source>layer error mean</source>
            <translation>Schichtfehler (Mittelwert)</translation>
        </message>
        <message>
            <source>invariance error quarter turns</source>
            <translation>Invarianzfehler bei Vierteldrehungen</translation>
        </message>
        <message>
            <source>invariance error 45deg</source>
            <translation>Invarianzfehler bei 45°</translation>
        </message>
        <message>
            <source>orbit spread output</source>
            <translation>Bahnstreuung der Ausgabe</translation>
        </message>
        <message>
            <source>recon error stab1</source>
            <translation>Rekonstruktionsfehler |Stab| = 1</translation>
        </message>
        <message>
            <source>recon error stab2</source>
            <translation>Rekonstruktionsfehler |Stab| = 2</translation>
        </message>
        <message>
            <source>recon error stab4</source>
            <translation>Rekonstruktionsfehler |Stab| = 4</translation>
        </message>
        <message>
            <source>recon error stab8</source>
            <translation>Rekonstruktionsfehler |Stab| = 8</translation>
        </message>
        <message>
            <source>recon error stab ratio</source>
            <translation>Rekonstruktionsfehler, Verhältnis der Stabilisatoren</translation>
        </message>
        <message>
            <source>stab gamma</source>
            <translation>Gamma nach Stabilisator</translation>
        </message>
        <message>
            <source>stab gamma same count</source>
            <translation>Gamma nach Stabilisator, gleiche Pixelzahl</translation>
        </message>
        <message>
            <source>stab gamma shuffled</source>
            <translation>Gamma nach Stabilisator, Etiketten gemischt</translation>
        </message>
        <message>
            <source>stab gamma orbits</source>
            <translation>Gamma nach Stabilisator, über Bahnen</translation>
        </message>
        <message>
            <source>stab gamma progress</source>
            <translation>Gamma nach Stabilisator, über Bahnen, Fortschritt</translation>
        </message>
        <message>
            <source>count gamma</source>
            <translation>Gamma nach Pixelzahl</translation>
        </message>
        <message>
            <source>group law violation</source>
            <translation>Verletzung des Gruppengesetzes</translation>
        </message>
        <message>
            <source>group law violation max</source>
            <translation>Verletzung des Gruppengesetzes (Maximum)</translation>
        </message>
        <message>
            <source>log det mean</source>
            <translation>log det (Mittelwert)</translation>
        </message>
        <message>
            <source>log det max abs</source>
            <translation>log det (größter Betrag)</translation>
        </message>
        <message>
            <source>involution error</source>
            <translation>Involutionsfehler</translation>
        </message>
        <message>
            <source>involution error max</source>
            <translation>Involutionsfehler (Maximum)</translation>
        </message>
        <message>
            <source>parity error</source>
            <translation>Paritätsfehler</translation>
        </message>
        <message>
            <source>parity error max</source>
            <translation>Paritätsfehler (Maximum)</translation>
        </message>
        <message>
            <source>parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>symmetry error</source>
            <translation>Symmetriefehler</translation>
        </message>
        <message>
            <source>outside error</source>
            <translation>Fehler außerhalb der Gruppe</translation>
        </message>
        <message>
            <source>distance before</source>
            <translation>Abstand vorher</translation>
        </message>
        <message>
            <source>distance after</source>
            <translation>Abstand nachher</translation>
        </message>
        <message>
            <source>alignment ratio</source>
            <translation>Ausrichtungsverhältnis</translation>
        </message>
        <message>
            <source>matched correlation</source>
            <translation>Korrelation der zugeordneten Neuronen</translation>
        </message>
        <message>
            <source>roughness before</source>
            <translation>Rauheit vorher</translation>
        </message>
        <message>
            <source>roughness after</source>
            <translation>Rauheit nachher</translation>
        </message>
        <message>
            <source>roughness ratio</source>
            <translation>Rauheitsverhältnis</translation>
        </message>
        <message>
            <source>weight roughness ratio</source>
            <translation>Rauheitsverhältnis der Gewichte</translation>
        </message>
        <message>
            <source>input roughness</source>
            <translation>Eingangsrauheit</translation>
        </message>
        <message>
            <source>rotation error vs angle</source>
            <translation>Rotationsfehler über dem Winkel</translation>
        </message>
        <message>
            <source>harmonic spectrum</source>
            <translation>harmonisches Spektrum</translation>
        </message>
        <message>
            <source>aliased power vs n square</source>
            <translation>Aliasing-Leistung über N, Quadrat</translation>
        </message>
        <message>
            <source>aliased power vs n relu</source>
            <translation>Aliasing-Leistung über N, relu</translation>
        </message>
        <message>
            <source>aliasing error vs n square</source>
            <translation>Aliasing-Fehler über N, Quadrat</translation>
        </message>
        <message>
            <source>aliasing error vs n relu</source>
            <translation>Aliasing-Fehler über N, relu</translation>
        </message>
        <message>
            <source>symmetry error per element and layer</source>
            <translation>Symmetriefehler je Element und Schicht</translation>
        </message>
        <message>
            <source>symmetry error per layer over training</source>
            <translation>Symmetriefehler je Schicht über das Training</translation>
        </message>
        <message>
            <source>invariance error vs angle</source>
            <translation>Invarianzfehler über dem Winkel</translation>
        </message>
        <message>
            <source>orbit spread per layer</source>
            <translation>Bahnstreuung je Schicht</translation>
        </message>
        <message>
            <source>reconstruction error by stabilizer</source>
            <translation>Rekonstruktionsfehler nach Stabilisator</translation>
        </message>
        <message>
            <source>reconstruction error by count and stabilizer</source>
            <translation>Rekonstruktionsfehler nach Pixelzahl und Stabilisator</translation>
        </message>
        <message>
            <source>ranking of the error</source>
            <translation>Rangfolge des Fehlers</translation>
        </message>
        <message>
            <source>alignment correlation</source>
            <translation>Korrelation der Ausrichtung</translation>
        </message>
        <message>
            <source>descramble weights trained</source>
            <translation>Gewichte wie trainiert</translation>
        </message>
        <message>
            <source>descramble weights descrambled</source>
            <translation>Gewichte entwürfelt</translation>
        </message>
        <message>
            <source>stitched loss before</source>
            <translation>Verlust zusammengefügt vorher</translation>
        </message>
        <message>
            <source>stitched loss after</source>
            <translation>Verlust zusammengefügt nachher</translation>
        </message>
        <message>
            <source>stitched loss fitted</source>
            <translation>Verlust zusammengefügt angepasst</translation>
        </message>
        <message>
            <source>own loss</source>
            <translation>eigener Verlust</translation>
        </message>
        <message>
            <source>peer loss</source>
            <translation>Verlust des anderen Laufs</translation>
        </message>
        <message>
            <source>stitching ratio</source>
            <translation>Verhältnis beim Zusammenfügen</translation>
        </message>
        <message>
            <source>aligned distance per layer</source>
            <translation>ausgerichteter Abstand je Schicht</translation>
        </message>
        <message>
            <source>orientation error quarter</source>
            <translation>Orientierungsfehler Vierteldrehung</translation>
        </message>
        <message>
            <source>orientation error mean</source>
            <translation>Orientierungsfehler Mittel</translation>
        </message>
        <message>
            <source>orientation error grid</source>
            <translation>Orientierungsfehler bei den Orientierungen</translation>
        </message>
        <message>
            <source>orientation error between</source>
            <translation>Orientierungsfehler dazwischen</translation>
        </message>
        <message>
            <source>conv parameters</source>
            <translation>Faltungsparameter</translation>
        </message>
        <message>
            <source>cnn parameters same channels</source>
            <translation>CNN-Parameter gleiche Kanäle</translation>
        </message>
        <message>
            <source>cnn parameters same maps</source>
            <translation>CNN-Parameter gleiche Karten</translation>
        </message>
        <message>
            <source>orientation error vs angle</source>
            <translation>Orientierungsfehler über dem Winkel</translation>
        </message>
        <message>
            <source>rotation angle (degrees)</source>
            <translation>Drehwinkel (Grad)</translation>
        </message>
        <message>
            <source>layer</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>harmonic order k</source>
            <translation>harmonische Ordnung k</translation>
        </message>
        <message>
            <source>share of the power of sigma(f)</source>
            <translation>Anteil an der Leistung von sigma(f)</translation>
        </message>
        <message>
            <source>samples N</source>
            <translation>Abtastpunkte N</translation>
        </message>
        <message>
            <source>nonlinearity</source>
            <translation>Nichtlinearität</translation>
        </message>
        <message>
            <source>aliased share of sigma(f)'s power</source>
            <translation>zurückgefalteter Anteil der Leistung von sigma(f)</translation>
        </message>
        <message>
            <source>|L(R x) - R L(x)| / |L(x)|</source>
            <translation>|L(R x) - R L(x)| / |L(x)|</translation>
        </message>
        <message>
            <source>group element g</source>
            <translation>Gruppenelement g</translation>
        </message>
        <message>
            <source>layer (output of)</source>
            <translation>Schicht (deren Ausgabe)</translation>
        </message>
        <message>
            <source>mean |f(g.x) - g.f(x)| / |f(x)|</source>
            <translation>Mittelwert von |f(g.x) - g.f(x)| / |f(x)|</translation>
        </message>
        <message>
            <source>step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>mean error over the elements g != e</source>
            <translation>mittlerer Fehler über die Elemente g != e</translation>
        </message>
        <message>
            <source>mean |f(R x) - f(x)| / |f(x)|, R bilinear</source>
            <translation>Mittelwert von |f(R x) - f(x)| / |f(x)|, R bilinear</translation>
        </message>
        <message>
            <source>orbit spread / rms norm (0 = collapsed)</source>
            <translation>Bahnstreuung / RMS-Norm (0 = zusammengefallen)</translation>
        </message>
        <message>
            <source>stabilizer size |Stab(x)|</source>
            <translation>Größe des Stabilisators |Stab(x)|</translation>
        </message>
        <message>
            <source>mean squared reconstruction error</source>
            <translation>mittlerer quadratischer Rekonstruktionsfehler</translation>
        </message>
        <message>
            <source>pixels on</source>
            <translation>gesetzte Pixel</translation>
        </message>
        <message>
            <source>ranked by</source>
            <translation>geordnet nach</translation>
        </message>
        <message>
            <source>gamma (+1: ranked higher, reconstructed better)</source>
            <translation>Gamma (+1: höher eingeordnet, besser rekonstruiert)</translation>
        </message>
        <message>
            <source>gamma</source>
            <translation>Gamma</translation>
        </message>
        <message>
            <source>pixel count</source>
            <translation>Pixelzahl</translation>
        </message>
        <message>
            <source>stabilizer</source>
            <translation>Stabilisator</translation>
        </message>
        <message>
            <source>stabilizer, same count</source>
            <translation>Stabilisator, gleiche Pixelzahl</translation>
        </message>
        <message>
            <source>stabilizer, shuffled</source>
            <translation>Stabilisator, gemischt</translation>
        </message>
        <message>
            <source>stabilizer, orbits</source>
            <translation>Stabilisator, Bahnen</translation>
        </message>
        <message>
            <source>stabilizer, orbits, progress</source>
            <translation>Stabilisator, Bahnen, Fortschritt</translation>
        </message>
        <message>
            <source>hidden unit of this run</source>
            <translation>verborgenes Neuron dieses Laufs</translation>
        </message>
        <message>
            <source>matched hidden unit of '%1'</source>
            <translation>zugeordnetes verborgenes Neuron von '%1'</translation>
        </message>
        <message>
            <source>%1 (invariance)</source>
            <translation>%1 (Invarianz)</translation>
        </message>
        <message>
            <source>layer %1</source>
            <translation>Schicht %1</translation>
        </message>
        <message>
            <source>|correlation| of the activations</source>
            <translation>|Korrelation| der Aktivierungen</translation>
        </message>
        <message>
            <source>hidden unit, as trained</source>
            <translation>verborgene Einheit, wie trainiert</translation>
        </message>
        <message>
            <source>hidden unit, descrambled</source>
            <translation>verborgene Einheit, entwürfelt</translation>
        </message>
        <message>
            <source>input</source>
            <translation>Eingabe</translation>
        </message>
        <message>
            <source>incoming weight</source>
            <translation>eingehendes Gewicht</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source>relative orbit spread</source>
            <translation>relative Bahnstreuung</translation>
        </message>
        <message>
            <source>reconstruction error</source>
            <translation>Rekonstruktionsfehler</translation>
        </message>
        <message>
            <source>weight layer</source>
            <translation>Gewichtsschicht</translation>
        </message>
        <message>
            <source>alignment</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>before</source>
            <translation>vorher</translation>
        </message>
        <message>
            <source>after</source>
            <translation>nachher</translation>
        </message>
        <message>
            <source>relative weight distance</source>
            <translation>relativer Gewichtsabstand</translation>
        </message>
        <message>
            <source>unit %1</source>
            <translation>Neuron %1</translation>
        </message>
        <message>
            <source>sample %1</source>
            <translation>Probe %1</translation>
        </message>
        <message>
            <source>out %1, in %2, %3</source>
            <translation>aus %1, ein %2, %3</translation>
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
            <translation>%1 (Test)</translation>
        </message>
    </context>
    <context>
        <name>NetCommands</name>
        <message>
            <source>%1: give --weights FILE and --experiment FILE (or a lesson's name)
</source>
            <translation>%1: --weights FILE und --experiment FILE (oder den Namen einer Lektion) angeben
</translation>
        </message>
        <message>
            <source>%1: '%2' is neither a file nor a lesson ('eqlab presets' lists the lessons)
</source>
            <translation>%1: '%2' ist weder eine Datei noch eine Lektion ('eqlab presets' listet die Lektionen)
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
            <translation>Aufruf: eqlab check --weights FILE --experiment FILE|LESSON [--run LABEL]
                    [--group G] [--json]

Der Symmetriefehler eines trainierten Netzes je Schicht und je Gruppenelement,
auf den Trainingseingaben des Experiments (höchstens %1): Äquivarianz, wo die
Wirkung der Gruppe auf die Ausgabe einer Schicht bekannt ist, sonst Invarianz
(docs/math.md §4.4). --group G prüft eine andere Gruppe, die ebenso auf die
Eingabe wirkt (Standard: die Gruppe des Experiments).
</translation>
        </message>
        <message>
            <source>%1, run %2, group %3: error per element (rows) and layer (columns)
</source>
            <translation>%1, Lauf %2, Gruppe %3: Fehler je Element (Zeilen) und Schicht (Spalten)
</translation>
        </message>
        <message>
            <source>equivariance</source>
            <translation>Äquivarianz</translation>
        </message>
        <message>
            <source>invariance</source>
            <translation>Invarianz</translation>
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
            <translation>Aufruf: eqlab audit --weights FILE --experiment FILE|LESSON [--run LABEL]
                    [--groups D4,C8,...] [--tolerance T] [--json]

Welche Symmetrien ein trainiertes Netz hat: jede Untergruppe jeder
Kandidatengruppe (Standard: die Gruppe des Experiments) mit dem Fehler des
Netzes unter ihr (dem größten über ihre Elemente) und die größten Untergruppen
mit Fehler höchstens T (Standard 1e-6), eine je Konjugationsklasse
(docs/math.md §4.13). Mit --json: ein Objekt je Gruppe mit den Schlüsseln
group, tolerance, subgroups, respected; bei mehreren Gruppen eine Liste davon.
</translation>
        </message>
        <message>
            <source>%1: --tolerance expects a number &gt;= 0, got '%2'
</source>
            <translation>%1: --tolerance erwartet eine Zahl &gt;= 0, erhalten: '%2'
</translation>
        </message>
        <message>
            <source>%1: %2 subgroups; respected within %3:
</source>
            <translation>%1: %2 Untergruppen; innerhalb von %3 respektiert:
</translation>
        </message>
        <message>
            <source>A trained net's symmetry error per layer and group element (eqlab check --weights w.safetensors --experiment e.json).</source>
            <translation>Symmetriefehler eines trainierten Netzes je Schicht und Gruppenelement (eqlab check --weights w.safetensors --experiment e.json).</translation>
        </message>
        <message>
            <source>Which subgroups a trained net respects (eqlab audit --weights w.safetensors --experiment e.json --groups D4).</source>
            <translation>Welche Untergruppen ein trainiertes Netz respektiert (eqlab audit --weights w.safetensors --experiment e.json --groups D4).</translation>
        </message>
    </context>
    <context>
        <name>OrbitStudy</name>
        <message>
            <source>generator %1 (order %2)</source>
            <translation>Erzeuger %1 (Ordnung %2)</translation>
        </message>
        <message>
            <source>%1 acting by %2: orbit of %3 points</source>
            <translation>%1 wirkt durch %2: Bahn aus %3 Punkten</translation>
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
            <translation>nimmt keine Argumente außer --json</translation>
        </message>
        <message>
            <source>Usage: eqlab presets [--json]

Lists the lessons compiled into eqlab. Run one headless with
'eqlab run NAME'; its summary.json says whether the lesson's effect
showed. docs/lessons.md describes each.
</source>
            <translation>Aufruf: eqlab presets [--json]

Listet die in eqlab eingebauten Lektionen. Eine davon ohne Fenster ausführen mit
'eqlab run NAME'; deren summary.json sagt, ob sich der Effekt der Lektion
gezeigt hat. docs/lessons.md beschreibt jede.
</translation>
        </message>
        <message>
            <source>no group</source>
            <translation>keine Gruppe</translation>
        </message>
        <message>
            <source> vs </source>
            <translation> vs. </translation>
        </message>
        <message>
            <source>List the lessons (eqlab presets --json); run one with eqlab run NAME.</source>
            <translation>Die Lektionen auflisten (eqlab presets --json); eine ausführen mit eqlab run NAME.</translation>
        </message>
    </context>
    <context>
        <name>RunCommand</name>
        <message>
            <source>eqlab run: --%1 expects a whole number &gt;= %2, got '%3'
</source>
            <translation>eqlab run: --%1 erwartet eine ganze Zahl &gt;= %2, erhalten: '%3'
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
            <translation>Aufruf: eqlab run EXPERIMENT.eqlab.json|LESSON [--variant NAME] [--out DIR] [--steps N] [--seed S] [--threads T] [--weights FILE [--run LABEL]] [--quiet]

Trainiert ein Experiment (eine Datei oder den Namen einer Lektion: eqlab presets)
ohne Fenster und schreibt metrics.csv,
losses.csv, summary.json, experiment.json und am Ende die Gewichte jedes
Laufs, &lt;run&gt;.safetensors, nach DIR (Standard: eqlab-results/&lt;name&gt;).
Die Dateien hängen nicht von --threads ab.
--variant NAME wendet zuerst eine der "variants" der Datei an (die Vorschläge
einer Lektion zum Ausprobieren); eine Variante hat keine Kernaussage.
Das Format: docs/experiment-format.md.

  --weights FILE       Mit den Gewichten aus einer safetensors-Datei beginnen
                       (geschrieben von eqlab run oder von NumPy/PyTorch wie in
                       docs/interop.md); mit --steps 0 wird das Netz nur
                       ausgewertet. Sie gehen in den Lauf, den die Metadaten
                       der Datei nennen, oder in den einzigen Lauf.
  --run LABEL          Der Lauf, für den --weights gilt.
  --figures LIST       Am Ende zusätzlich jede Abbildung der Ansichten der
                       Lektion zeichnen (LIST: svg,pdf,png,glb), nach DIR/figures,
                       jeweils mit CSV; kein Display nötig.
  --mark-complete      DIR/sweep.done (fertig oder divergiert) zuletzt schreiben,
                       sobald alle Ergebnisse geschrieben sind (für eqlab sweep).
</translation>
        </message>
        <message>
            <source>eqlab run: expected one experiment file, e.g. 'eqlab run xor.eqlab.json'
</source>
            <translation>eqlab run: eine Experimentdatei erwartet, z. B. 'eqlab run xor.eqlab.json'
</translation>
        </message>
        <message>
            <source>lesson %1</source>
            <translation>Lektion %1</translation>
        </message>
        <message>
            <source>eqlab run: '%1' is neither a file nor a lesson ('eqlab presets' lists the lessons)
</source>
            <translation>eqlab run: '%1' ist weder eine Datei noch eine Lektion ('eqlab presets' listet die Lektionen)
</translation>
        </message>
        <message>
            <source>eqlab run: %1 has no variant '%2' (variants: %3)
</source>
            <translation>eqlab run: %1 hat keine Variante '%2' (Varianten: %3)
</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>eqlab run: --run chooses the run that --weights is for; give --weights FILE too
</source>
            <translation>eqlab run: --run wählt den Lauf, für den --weights gilt; auch --weights FILE angeben
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
            <translation>eqlab run: %1 (einen mit --run LABEL wählen)
</translation>
        </message>
        <message>
            <source><byte value="xd" />  step %1/%2  loss %3  %4 steps/s  ETA %5 s   </source>
            <translation><byte value="xd" />  Schritt %1/%2  Verlust %3  %4 Schritte/s  noch %5 s   </translation>
        </message>
        <message>
            <source>eqlab run: %1: %2. The last good parameters were kept; results up to there are in %3
</source>
            <translation>eqlab run: %1: %2. Die letzten guten Parameter wurden behalten; Ergebnisse bis dahin liegen in %3
</translation>
        </message>
        <message>
            <source>eqlab run: %1: %2 stages of %3 steps; results in %4
</source>
            <translation>eqlab run: %1: %2 Stufen zu je %3 Schritten; Ergebnisse in %4
</translation>
        </message>
        <message>
            <source>eqlab run: %1: %2 steps; results in %3
</source>
            <translation>eqlab run: %1: %2 Schritte; Ergebnisse in %3
</translation>
        </message>
        <message>
            <source>  run %1 started from the weights in %2
</source>
            <translation>  Lauf %1 begann mit den Gewichten aus %2
</translation>
        </message>
        <message>
            <source>  shown: %1
</source>
            <translation>  gezeigt: %1
</translation>
        </message>
        <message>
            <source>  NOT shown this time: %1
</source>
            <translation>  diesmal NICHT gezeigt: %1
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
            <translation>Ein Experiment ohne Fenster trainieren (eqlab run xor.eqlab.json --out results).</translation>
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
            <translation>%1 h</translation>
        </message>
        <message>
            <source>  %1: diverged (an earlier run of the sweep; see %2)</source>
            <translation>  %1: divergiert (bei einem früheren Aufruf des Sweeps; siehe %2)</translation>
        </message>
        <message>
            <source>eqlab sweep: %1: %2 runs, %3 already complete; running %4, %5 at a time with %6 thread(s) each
</source>
            <translation>eqlab sweep: %1: %2 Läufe, %3 bereits vollständig; %4 werden ausgeführt, %5 gleichzeitig mit je %6 Thread(s)
</translation>
        </message>
        <message>
            <source><byte value="xd" />  [%1/%2] %3 running, %4 failed, elapsed %5, ETA %6      </source>
            <translation><byte value="xd" />  [%1/%2] %3 laufen, %4 fehlgeschlagen, vergangen %5, noch %6      </translation>
        </message>
        <message>
            <source>finished</source>
            <translation>fertig</translation>
        </message>
        <message>
            <source>diverged</source>
            <translation>divergiert</translation>
        </message>
        <message>
            <source>  %1: diverged (results up to there in %2)</source>
            <translation>  %1: divergiert (Ergebnisse bis dahin in %2)</translation>
        </message>
        <message>
            <source>FAILED</source>
            <translation>FEHLGESCHLAGEN</translation>
        </message>
        <message>
            <source>  %1: failed (%2): %3</source>
            <translation>  %1: fehlgeschlagen (%2): %3</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>Exit-Code %1</translation>
        </message>
        <message>
            <source>crashed</source>
            <translation>abgestürzt</translation>
        </message>
        <message>
            <source>no output</source>
            <translation>keine Ausgabe</translation>
        </message>
        <message>
            <source>  [%1/%2] %3 %4 (%5)
</source>
            <translation>  [%1/%2] %3 %4 (%5)
</translation>
        </message>
        <message>
            <source>  %1: could not start %2: %3</source>
            <translation>  %1: %2 konnte nicht gestartet werden: %3</translation>
        </message>
        <message>
            <source>eqlab sweep: %1 of %2 runs did not finish:
%3
</source>
            <translation>eqlab sweep: %1 von %2 Läufen wurden nicht fertig:
%3
</translation>
        </message>
        <message>
            <source>eqlab sweep: %1 finished now, %2 complete before, %3 diverged, %4 failed, in %5; results in %6 (eqlab aggregate %6)
</source>
            <translation>eqlab sweep: %1 jetzt fertig, %2 schon vorher vollständig, %3 divergiert, %4 fehlgeschlagen, in %5; Ergebnisse in %6 (eqlab aggregate %6)
</translation>
        </message>
        <message>
            <source>eqlab sweep: %1 runs; the job array is %2 (not submitted: sbatch %2 submits it)
</source>
            <translation>eqlab sweep: %1 Läufe; das Job-Array ist %2 (nicht abgeschickt: sbatch %2 schickt es ab)
</translation>
        </message>
        <message>
            <source>eqlab sweep: cannot run sbatch (%1); the job array is %2
</source>
            <translation>eqlab sweep: sbatch kann nicht ausgeführt werden (%1); das Job-Array ist %2
</translation>
        </message>
        <message>
            <source>eqlab sweep: sbatch failed: %1
</source>
            <translation>eqlab sweep: sbatch fehlgeschlagen: %1
</translation>
        </message>
        <message>
            <source>eqlab sweep: submitted job array %1 (%2 tasks); 'eqlab sweep --collect %3' says what has finished
</source>
            <translation>eqlab sweep: Job-Array %1 abgeschickt (%2 Tasks); 'eqlab sweep --collect %3' zeigt, was fertig ist
</translation>
        </message>
        <message>
            <source>eqlab sweep: %1: %2 of %3 runs finished, %4 diverged, %5 not complete in %6
</source>
            <translation>eqlab sweep: %1: %2 von %3 Läufen fertig, %4 divergiert, %5 nicht vollständig, in %6
</translation>
        </message>
        <message>
            <source>  diverged: %1
</source>
            <translation>  divergiert: %1
</translation>
        </message>
        <message>
            <source>  not complete: %1
</source>
            <translation>  nicht vollständig: %1
</translation>
        </message>
        <message>
            <source>  (the tasks' output is in %1)
</source>
            <translation>  (die Ausgabe der Tasks liegt in %1)
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
            <translation>Aufruf: eqlab sweep SWEEP.sweep.json --out DIR [--jobs N] [--threads T]
        eqlab sweep SWEEP.sweep.json --out DIR --slurm [--partition P] [--time T]
                    [--cpus C] [--dry-run]
        eqlab sweep --collect DIR

Führt jedes Experiment eines Sweeps aus (ein Basisexperiment und Wertachsen:
docs/sweeps.md), jedes als 'eqlab run' nach DIR/&lt;run&gt;. Vollständige Läufe
(DIR/&lt;run&gt;/sweep.done) werden übersprungen; ein abgebrochener Sweep setzt fort.

  --jobs N       Gleichzeitige Läufe (Standard: Kerne / T). N x T &lt;= Kerne.
  --threads T    Threads je Lauf (Standard 1); die Ergebnisse hängen nicht davon ab.
  --slurm        DIR/sweep.sbatch schreiben (Slurm-Job-Array, ein Task je Lauf)
                 und mit sbatch abschicken (--dry-run: nur schreiben).
  --partition P, --time T, --cpus C   Slurm-Partition, Zeitlimit und Zahl der
                 CPUs der Tasks (Standard 1).
  --collect DIR  Angeben, welche Läufe des Sweeps in DIR vollständig sind.
Danach liefert 'eqlab aggregate DIR' Mittelwert, Standardabweichung und 95-%-Intervall über die Seeds.
</translation>
        </message>
        <message>
            <source>eqlab sweep: --collect takes the folder only
</source>
            <translation>eqlab sweep: --collect nimmt nur den Ordner
</translation>
        </message>
        <message>
            <source>eqlab sweep: expected a sweep file and --out DIR, e.g. 'eqlab sweep seeds.sweep.json --out results'
</source>
            <translation>eqlab sweep: eine Sweep-Datei und --out DIR erwartet, z. B. 'eqlab sweep seeds.sweep.json --out results'
</translation>
        </message>
        <message>
            <source>eqlab sweep: --%1 expects a whole number &gt;= 1, got '%2'
</source>
            <translation>eqlab sweep: --%1 erwartet eine ganze Zahl &gt;= 1, erhalten: '%2'
</translation>
        </message>
        <message>
            <source>eqlab sweep: --jobs %1 x --threads %2 is more than the %3 cores of this machine
</source>
            <translation>eqlab sweep: --jobs %1 x --threads %2 ist mehr als die %3 Kerne dieses Rechners
</translation>
        </message>
        <message>
            <source>eqlab sweep: no file '%1'
</source>
            <translation>eqlab sweep: keine Datei '%1'
</translation>
        </message>
        <message>
            <source>Run a sweep of experiments here or as a Slurm job array (eqlab sweep seeds.sweep.json --out results).</source>
            <translation>Einen Sweep von Experimenten hier oder als Slurm-Job-Array ausführen (eqlab sweep seeds.sweep.json --out results).</translation>
        </message>
    </context>
    <context>
        <name>TaskKinds</name>
        <message>
            <source>2 inputs in {-1,1}^2, class x1 != x2 (4 samples)</source>
            <translation>2 Eingaben in {-1,1}^2, Klasse x1 != x2 (4 Proben)</translation>
        </message>
        <message>
            <source>x in [-1,1]^n, y = sum of x_i^2 (invariant under S_n)</source>
            <translation>x in [-1,1]^n, y = Summe der x_i^2 (invariant unter S_n)</translation>
        </message>
        <message>
            <source>x in [-1,1]^n, y = max_i x_i (invariant under S_n)</source>
            <translation>x in [-1,1]^n, y = max_i x_i (invariant unter S_n)</translation>
        </message>
        <message>
            <source>two correlation lengths on a ring of pixels: non-Gaussian x = erf(g z/sqrt 2)/sqrt(gamma) (Ingrosso &amp; Goldt) or its Gaussian clone</source>
            <translation>zwei Korrelationslängen auf einem Ring aus Pixeln: nicht-gaußsches x = erf(g z/sqrt 2)/sqrt(gamma) (Ingrosso &amp; Goldt) oder sein gaußscher Klon</translation>
        </message>
        <message>
            <source>random band-limited functions on the circle (Fourier coefficients up to K); target their third moment &lt;f^3&gt;, invariant under every rotation</source>
            <translation>zufällige bandbegrenzte Funktionen auf dem Kreis (Fourier-Koeffizienten bis K); Ziel ist ihr drittes Moment &lt;f^3&gt;, invariant unter jeder Drehung</translation>
        </message>
        <message>
            <source>a polyomino on a K x K grid, randomly placed and transformed by C4 (one-sided classes) or D4 (free classes); class = the polyomino</source>
            <translation>ein Polyomino auf einem K x K-Gitter, zufällig platziert und durch C4 (einseitige Klassen) oder D4 (freie Klassen) transformiert; Klasse = das Polyomino</translation>
        </message>
        <message>
            <source>six stroke glyphs (L T C Z J V) drawn anti-aliased on an n x n grid at random angles</source>
            <translation>sechs Strichzeichen (L T C Z J V), geglättet auf ein n x n-Gitter unter zufälligen Winkeln gezeichnet</translation>
        </message>
        <message>
            <source>vertices of a Platonic solid with noise, shuffled and rotated by T, O, I or any rotation; class = the solid</source>
            <translation>Ecken eines platonischen Körpers mit Rauschen, gemischt und durch T, O, I oder eine beliebige Drehung gedreht; Klasse = der Körper</translation>
        </message>
        <message>
            <source>every binary K x K pattern once, or a few complete orbits, target = the pattern (an autoencoder's task); orbits and stabilizers under C4 or D4</source>
            <translation>jedes binäre K x K-Muster einmal, oder einige vollständige Bahnen, Ziel = das Muster (die Aufgabe eines Autoencoders); Bahnen und Stabilisatoren unter C4 oder D4</translation>
        </message>
        <message>
            <source>x in [-2,2]^dim, an even (f(-x) = f(x)) or odd (f(-x) = -f(x)) function of x</source>
            <translation>x in [-2,2]^dim, eine gerade (f(-x) = f(x)) oder ungerade (f(-x) = -f(x)) Funktion von x</translation>
        </message>
        <message>
            <source>K x K images of two blobs; a target even or odd under the left-right mirror</source>
            <translation>K x K-Bilder zweier Flecken; ein Ziel, gerade oder ungerade unter der Links-rechts-Spiegelung</translation>
        </message>
        <message>
            <source>triples (g, x, g.x): Q8 acting on R^4 by a nonlinear conjugate of left multiplication; input [x; g]</source>
            <translation>Tripel (g, x, g.x): Q8 wirkt auf R^4 durch eine nichtlineare Konjugierte der Linksmultiplikation; Eingabe [x; g]</translation>
        </message>
        <message>
            <source>triples (g, x, g.x): C_n rotating points of a spiral in R^2; input [x; g]</source>
            <translation>Tripel (g, x, g.x): C_n dreht Punkte einer Spirale in R^2; Eingabe [x; g]</translation>
        </message>
        <message>
            <source>x in R^4, y = an involution of R^4 (a nonlinear conjugate of swapping halves)</source>
            <translation>x in R^4, y = eine Involution von R^4 (eine nichtlineare Konjugierte des Vertauschens der Hälften)</translation>
        </message>
        <message>
            <source>x in [-1,1]^n, y = mean over pairs of |x_i - x_j| (invariant under S_n)</source>
            <translation>x in [-1,1]^n, y = Mittelwert von |x_i - x_j| über die Paare (invariant unter S_n)</translation>
        </message>
        <message>
            <source>y = Vandermonde product of x in [-1,1]^n, normalised: invariant under A_n, odd under transpositions; samples in pairs (x, (0 1)x)</source>
            <translation>y = Vandermonde-Produkt von x in [-1,1]^n, normiert: invariant unter A_n, ungerade unter Transpositionen; Proben paarweise (x, (0 1)x)</translation>
        </message>
        <message>
            <source>targets of a random two-layer teacher net y = w2 . s(W1 x + b1), x ~ N(0, I): a student of the same shape can match it in many ways (its intertwiner group)</source>
            <translation>Ziele eines zufälligen zweischichtigen Lehrernetzes y = w2 . s(W1 x + b1), x ~ N(0, I): ein Schülernetz derselben Form kann es auf viele Arten treffen (seine Verflechtungsgruppe)</translation>
        </message>
        <message>
            <source>a linear map y = T x of white noise x on a ring of D samples: a Gaussian low-pass filter (filter) or the same gains between two random orthonormal bases (random)</source>
            <translation>eine lineare Abbildung y = T x von weißem Rauschen x auf einem Ring aus D Abtastwerten: ein Gaußscher Tiefpassfilter (filter) oder dieselben Verstärkungen zwischen zwei zufälligen Orthonormalbasen (random)</translation>
        </message>
        <message>
            <source>a CSV file: a header, then one sample per line, features first and the target column(s) last (docs/data-formats.md)</source>
            <translation>eine CSV-Datei: eine Kopfzeile, dann eine Probe je Zeile, zuerst die Merkmale und zuletzt die Zielspalte(n) (docs/data-formats.md)</translation>
        </message>
        <message>
            <source>two NumPy .npy arrays: x (samples x features) and y (samples x targets, or 1-D), float64 or float32, C order (docs/data-formats.md)</source>
            <translation>zwei NumPy-.npy-Arrays: x (Proben x Merkmale) und y (Proben x Ziele, oder 1-D), float64 oder float32, C-Reihenfolge (docs/data-formats.md)</translation>
        </message>
        <message>
            <source>K x K image x in [-1,1], y = mean squared difference of 4-neighbouring pixels (invariant under D4 acting on the grid)</source>
            <translation>K x K-Bild x in [-1,1], y = mittlere quadratische Differenz 4-benachbarter Pixel (invariant unter D4, das auf dem Gitter wirkt)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::Autosave</name>
        <message>
            <source>The autosave was set aside in %1.</source>
            <translation>Die automatische Sicherung wurde in %1 beiseitegelegt.</translation>
        </message>
        <message>
            <source>The autosave in %1 could not be set aside.</source>
            <translation>Die automatische Sicherung in %1 konnte nicht beiseitegelegt werden.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::ExperimentDocument</name>
        <message>
            <source>untitled</source>
            <translation>unbenannt</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::ExplorerEditor</name>
        <message>
            <source>Cannot solve for this pair: %1</source>
            <translation>Für dieses Paar nicht lösbar: %1</translation>
        </message>
        <message>
            <source>Explore</source>
            <translation>Erkunden</translation>
        </message>
        <message>
            <source>|g·x − x|</source>
            <translation>|g·x − x|</translation>
        </message>
        <message>
            <source>order %1, %2 generators; orbit %3 points, stabilizer order %4</source>
            <translation>Ordnung %1, %2 Erzeuger; Bahn %3 Punkte, Stabilisatorordnung %4</translation>
        </message>
        <message>
            <source>%1: |G| = %2, |Orb(x)| = %3, |Stab(x)| = %4</source>
            <translation>%1: |G| = %2, |Orb(x)| = %3, |Stab(x)| = %4</translation>
        </message>
        <message>
            <source>Cannot show this orbit: %1</source>
            <translation>Diese Bahn kann nicht gezeigt werden: %1</translation>
        </message>
        <message>
            <source>Cannot show the group: %1</source>
            <translation>Die Gruppe kann nicht gezeigt werden: %1</translation>
        </message>
        <message>
            <source>Solving for the equivariant maps %1 → %2…</source>
            <translation>Äquivariante Abbildungen %1 → %2 werden berechnet…</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::FigureExportDialog</name>
        <message>
            <source>Export Figure</source>
            <translation>Abbildung exportieren</translation>
        </message>
        <message>
            <source>SVG, PDF and PNG</source>
            <translation>SVG, PDF und PNG</translation>
        </message>
        <message>
            <source>SVG (vector)</source>
            <translation>SVG (Vektor)</translation>
        </message>
        <message>
            <source>PDF (vector)</source>
            <translation>PDF (Vektor)</translation>
        </message>
        <message>
            <source>PNG (image)</source>
            <translation>PNG (Bild)</translation>
        </message>
        <message>
            <source>CSV (the plotted numbers only)</source>
            <translation>CSV (nur die geplotteten Zahlen)</translation>
        </message>
        <message>
            <source>glTF binary (3-D, for a browser or slides)</source>
            <translation>glTF binär (3-D, für Browser oder Folien)</translation>
        </message>
        <message>
            <source>The file format: SVG and PDF stay sharp at any size, PNG is a picture, CSV holds the numbers</source>
            <translation>Das Dateiformat: SVG und PDF bleiben in jeder Größe scharf, PNG ist ein Bild, CSV enthält die Zahlen</translation>
        </message>
        <message>
            <source>Format:</source>
            <translation>Format:</translation>
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
            <translation>Die Breite der Abbildung auf dem Papier</translation>
        </message>
        <message>
            <source>The figure's height on paper</source>
            <translation>Die Höhe der Abbildung auf dem Papier</translation>
        </message>
        <message>
            <source>The size of the figure's text, as in the paper's body text</source>
            <translation>Die Schriftgröße der Abbildung, wie im Fließtext des Artikels</translation>
        </message>
        <message>
            <source>Width:</source>
            <translation>Breite:</translation>
        </message>
        <message>
            <source>Height:</source>
            <translation>Höhe:</translation>
        </message>
        <message>
            <source>Font size:</source>
            <translation>Schriftgröße:</translation>
        </message>
        <message>
            <source>×</source>
            <translation>×</translation>
        </message>
        <message>
            <source>PNG only: the size at 96 dpi times this, text and lines drawn finer</source>
            <translation>Nur PNG: die Größe bei 96 dpi mal diesem Faktor, Text und Linien feiner gezeichnet</translation>
        </message>
        <message>
            <source>PNG scale:</source>
            <translation>PNG-Skalierung:</translation>
        </message>
        <message>
            <source>Paper style (white, black text, colours for print and colour-blind readers)</source>
            <translation>Papierstil (weiß, schwarzer Text, Farben für Druck und farbenblinde Leser)</translation>
        </message>
        <message>
            <source>Otherwise the figure looks as the view does, in the window's theme</source>
            <translation>Sonst sieht die Abbildung aus wie die Ansicht, im Design des Fensters</translation>
        </message>
        <message>
            <source>Choose where to write the figure (Enter)</source>
            <translation>Wählen, wohin die Abbildung geschrieben wird (Eingabetaste)</translation>
        </message>
        <message>
            <source>Close without exporting (Esc)</source>
            <translation>Schließen, ohne zu exportieren (Esc)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::LabEditor</name>
        <message>
            <source>eqlab experiments (*.eqlab.json *.json);;All files (*)</source>
            <translation>eqlab-Experimente (*.eqlab.json *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Unsaved changes</source>
            <translation>Ungespeicherte Änderungen</translation>
        </message>
        <message>
            <source>The experiment “%1” has changes that are not saved. Save them?</source>
            <translation>Das Experiment „%1“ hat ungespeicherte Änderungen. Speichern?</translation>
        </message>
        <message>
            <source>Cannot audit the weights</source>
            <translation>Die Gewichte können nicht geprüft werden</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>Experiment</translation>
        </message>
        <message>
            <source>Model</source>
            <translation>Modell</translation>
        </message>
        <message>
            <source>Task</source>
            <translation>Aufgabe</translation>
        </message>
        <message>
            <source>Cannot apply the variant</source>
            <translation>Die Variante kann nicht angewendet werden</translation>
        </message>
        <message>
            <source>Cannot change the experiment</source>
            <translation>Das Experiment kann nicht geändert werden</translation>
        </message>
        <message>
            <source>A new experiment: add layers in the Model panel, or apply a template</source>
            <translation>Ein neues Experiment: Schichten im Modell-Bereich hinzufügen oder eine Vorlage anwenden</translation>
        </message>
        <message>
            <source>Cannot open the experiment</source>
            <translation>Das Experiment kann nicht geöffnet werden</translation>
        </message>
        <message>
            <source>%1

%2</source>
            <translation>%1

%2</translation>
        </message>
        <message>
            <source>Cannot open the data</source>
            <translation>Die Daten können nicht geöffnet werden</translation>
        </message>
        <message>
            <source>Training on %1</source>
            <translation>Training mit %1</translation>
        </message>
        <message>
            <source>Open Data</source>
            <translation>Daten öffnen</translation>
        </message>
        <message>
            <source>Data (*.csv *.npy);;CSV tables (*.csv);;NumPy arrays (*.npy);;All files (*)</source>
            <translation>Daten (*.csv *.npy);;CSV-Tabellen (*.csv);;NumPy-Arrays (*.npy);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>How the file's targets are to be read:</source>
            <translation>Wie die Zielwerte der Datei gelesen werden:</translation>
        </message>
        <message>
            <source>Class indices (classification)</source>
            <translation>Klassenindizes (Klassifikation)</translation>
        </message>
        <message>
            <source>Targets are whole numbers 0, 1, 2, …: trained with cross-entropy. Otherwise they are values to fit, trained with the mean squared error.</source>
            <translation>Zielwerte sind ganze Zahlen 0, 1, 2, …: Training mit Kreuzentropie. Sonst sind es anzupassende Werte, trainiert mit dem mittleren quadratischen Fehler.</translation>
        </message>
        <message>
            <source>CSV: how many of the last columns are targets</source>
            <translation>CSV: wie viele der letzten Spalten Zielwerte sind</translation>
        </message>
        <message>
            <source>Target columns (CSV):</source>
            <translation>Zielspalten (CSV):</translation>
        </message>
        <message>
            <source>Train on the file's data (Enter)</source>
            <translation>Mit den Daten der Datei trainieren (Eingabetaste)</translation>
        </message>
        <message>
            <source>Keep the current task (Esc)</source>
            <translation>Die aktuelle Aufgabe behalten (Esc)</translation>
        </message>
        <message>
            <source>Save Experiment As</source>
            <translation>Experiment speichern unter</translation>
        </message>
        <message>
            <source>Cannot save the experiment</source>
            <translation>Das Experiment kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Saved %1</source>
            <translation>%1 gespeichert</translation>
        </message>
        <message>
            <source>&lt;p style="background-color: #fff3cd; padding: 4px;"&gt;&lt;b&gt;Trying: %1.&lt;/b&gt; %2 (&lt;i&gt;The lesson as written&lt;/i&gt; in the Experiment panel goes back.)&lt;/p&gt;</source>
            <translation>&lt;p style="background-color: #fff3cd; padding: 4px;"&gt;&lt;b&gt;Ausprobiert: %1.&lt;/b&gt; %2 (&lt;i&gt;Die Lektion wie geschrieben&lt;/i&gt; im Experiment-Bereich führt zurück.)&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;An experiment of your own: %1 run(s) on the task &lt;i&gt;%2&lt;/i&gt;.&lt;/p&gt;</source>
            <translation>&lt;p&gt;Ein eigenes Experiment: %1 Lauf/Läufe mit der Aufgabe &lt;i&gt;%2&lt;/i&gt;.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Paused at step %1 of %2</source>
            <translation>Pausiert bei Schritt %1 von %2</translation>
        </message>
        <message>
            <source>Building the experiment…</source>
            <translation>Experiment wird aufgebaut…</translation>
        </message>
        <message>
            <source>Training…</source>
            <translation>Training…</translation>
        </message>
        <message>
            <source>Finished: %1 steps</source>
            <translation>Fertig: %1 Schritte</translation>
        </message>
        <message>
            <source> — as the lesson says: %1</source>
            <translation> — wie die Lektion sagt: %1</translation>
        </message>
        <message>
            <source> — the lesson's headline did not show this time</source>
            <translation> — die Kernaussage der Lektion zeigte sich diesmal nicht</translation>
        </message>
        <message>
            <source>The experiment cannot run: %1</source>
            <translation>Das Experiment kann nicht laufen: %1</translation>
        </message>
        <message>
            <source>Audit Weights</source>
            <translation>Gewichte prüfen</translation>
        </message>
        <message>
            <source>Weights (*.safetensors);;All files (*)</source>
            <translation>Gewichte (*.safetensors);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>An audit is still running</source>
            <translation>Eine Prüfung läuft noch</translation>
        </message>
        <message>
            <source>Auditing %1 against %2…</source>
            <translation>%1 wird gegen %2 geprüft…</translation>
        </message>
        <message>
            <source>Save Weights</source>
            <translation>Gewichte speichern</translation>
        </message>
        <message>
            <source>The run whose weights to save:</source>
            <translation>Der Lauf, dessen Gewichte gespeichert werden:</translation>
        </message>
        <message>
            <source>Weights (*.safetensors)</source>
            <translation>Gewichte (*.safetensors)</translation>
        </message>
        <message>
            <source>Load Weights</source>
            <translation>Gewichte laden</translation>
        </message>
        <message>
            <source>Cannot save the weights</source>
            <translation>Die Gewichte können nicht gespeichert werden</translation>
        </message>
        <message>
            <source>%1: %2</source>
            <translation>%1: %2</translation>
        </message>
        <message>
            <source>Weights saved to %1</source>
            <translation>Gewichte in %1 gespeichert</translation>
        </message>
        <message>
            <source>Cannot load the weights</source>
            <translation>Die Gewichte können nicht geladen werden</translation>
        </message>
        <message>
            <source>Run %1 continues from %2</source>
            <translation>Lauf %1 wird mit %2 fortgesetzt</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::LabViews</name>
        <message>
            <source>Export…</source>
            <translation>Exportieren…</translation>
        </message>
        <message>
            <source>Export into</source>
            <translation>Exportieren nach</translation>
        </message>
        <message>
            <source>Export Figure</source>
            <translation>Abbildung exportieren</translation>
        </message>
        <message>
            <source>%1 files (*.%2)</source>
            <translation>%1-Dateien (*.%2)</translation>
        </message>
        <message>
            <source>Export All Figures</source>
            <translation>Alle Abbildungen exportieren</translation>
        </message>
        <message>
            <source>Export all into</source>
            <translation>Alle exportieren nach</translation>
        </message>
        <message>
            <source>Close (View &gt; Views or View &gt; Panels shows it again)</source>
            <translation>Schließen (Ansicht &gt; Ansichten oder Ansicht &gt; Bereiche zeigt es wieder)</translation>
        </message>
        <message>
            <source>Float in a window of its own (double-click the title: back in place)</source>
            <translation>In einem eigenen Fenster schweben lassen (Doppelklick auf den Titel: zurück an seinen Platz)</translation>
        </message>
        <message>
            <source>How far each element moves the point</source>
            <translation>Wie weit jedes Element den Punkt bewegt</translation>
        </message>
        <message>
            <source>group element (index)</source>
            <translation>Gruppenelement (Index)</translation>
        </message>
        <message>
            <source>distance |g·x - x|</source>
            <translation>Abstand |g·x - x|</translation>
        </message>
        <message>
            <source>Loss</source>
            <translation>Verlust</translation>
        </message>
        <message>
            <source>Train/test</source>
            <translation>Training/Test</translation>
        </message>
        <message>
            <source>Accuracy</source>
            <translation>Genauigkeit</translation>
        </message>
        <message>
            <source>Receptive fields</source>
            <translation>Rezeptive Felder</translation>
        </message>
        <message>
            <source>Stitching</source>
            <translation>Zusammenfügen</translation>
        </message>
        <message>
            <source>Symmetry error</source>
            <translation>Symmetriefehler</translation>
        </message>
        <message>
            <source>Curves</source>
            <translation>Kurven</translation>
        </message>
        <message>
            <source>Orbits by layer</source>
            <translation>Bahnen je Schicht</translation>
        </message>
        <message>
            <source>Orbit explorer</source>
            <translation>Bahn-Explorer</translation>
        </message>
        <message>
            <source>Error per element and layer</source>
            <translation>Fehler je Element und Schicht</translation>
        </message>
        <message>
            <source>Alignment</source>
            <translation>Ausrichtung</translation>
        </message>
        <message>
            <source>Descrambled layer</source>
            <translation>Entwürfelte Schicht</translation>
        </message>
        <message>
            <source>Group</source>
            <translation>Gruppe</translation>
        </message>
        <message>
            <source>Symmetry audit</source>
            <translation>Symmetrieprüfung</translation>
        </message>
        <message>
            <source>Filters</source>
            <translation>Filter</translation>
        </message>
        <message>
            <source>Weight sharing</source>
            <translation>Gewichtsteilung</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::MainWindow</name>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>&amp;Training</source>
            <translation>&amp;Training</translation>
        </message>
        <message>
            <source>&amp;Train / Pause</source>
            <translation>&amp;Trainieren / Pause</translation>
        </message>
        <message>
            <source>&amp;Step</source>
            <translation>&amp;Schritt</translation>
        </message>
        <message>
            <source>&amp;Reset</source>
            <translation>&amp;Zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Presentation Mode</source>
            <translation>&amp;Präsentationsmodus</translation>
        </message>
        <message>
            <source>&amp;Dark Theme</source>
            <translation>&amp;Dunkles Design</translation>
        </message>
        <message>
            <source>P&amp;anels</source>
            <translation>&amp;Bereiche</translation>
        </message>
        <message>
            <source>&amp;Views</source>
            <translation>An&amp;sichten</translation>
        </message>
        <message>
            <source>Reset &amp;Layout</source>
            <translation>&amp;Layout zurücksetzen</translation>
        </message>
        <message>
            <source>Reset &amp;Camera</source>
            <translation>&amp;Kamera zurücksetzen</translation>
        </message>
        <message>
            <source>&amp;Next Pane</source>
            <translation>&amp;Nächster Bereich</translation>
        </message>
        <message>
            <source>P&amp;revious Pane</source>
            <translation>&amp;Vorheriger Bereich</translation>
        </message>
        <message>
            <source>%1 has the keyboard focus (Tab: its next control; F6: the next pane)</source>
            <translation>%1 hat den Tastaturfokus (Tab: das nächste Bedienelement darin; F6: der nächste Bereich)</translation>
        </message>
        <message>
            <source>Lan&amp;guage</source>
            <translation>Spra&amp;che</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>&amp;About eqlab</source>
            <translation>Ü&amp;ber eqlab</translation>
        </message>
        <message>
            <source>About eqlab</source>
            <translation>Über eqlab</translation>
        </message>
        <message>
            <source>&lt;b&gt;eqlab %1&lt;/b&gt; — Equivariance Lab.&lt;br&gt;Train small equivariant networks and watch the symmetry.</source>
            <translation>&lt;b&gt;eqlab %1&lt;/b&gt; — Equivariance Lab.&lt;br&gt;Kleine äquivariante Netze trainieren und die Symmetrie beobachten.</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>Lesso&amp;ns…</source>
            <translation>Lekt&amp;ionen…</translation>
        </message>
        <message>
            <source>Every lesson as a card, ordered as a course</source>
            <translation>Jede Lektion als Karte, geordnet wie eine Vorlesung</translation>
        </message>
        <message>
            <source>&amp;New Experiment</source>
            <translation>&amp;Neues Experiment</translation>
        </message>
        <message>
            <source>&amp;Open Experiment…</source>
            <translation>Experiment ö&amp;ffnen…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>&amp;Zuletzt geöffnet</translation>
        </message>
        <message>
            <source>Open &amp;Data…</source>
            <translation>&amp;Daten öffnen…</translation>
        </message>
        <message>
            <source>Train on your own CSV or .npy data</source>
            <translation>Mit eigenen CSV- oder .npy-Daten trainieren</translation>
        </message>
        <message>
            <source>Save &amp;Weights…</source>
            <translation>&amp;Gewichte speichern…</translation>
        </message>
        <message>
            <source>A run's trained weights as a safetensors file (docs/interop.md)</source>
            <translation>Die trainierten Gewichte eines Laufs als safetensors-Datei (docs/interop.md)</translation>
        </message>
        <message>
            <source>&amp;Load Weights…</source>
            <translation>Gewichte &amp;laden…</translation>
        </message>
        <message>
            <source>Continue a run from weights in a safetensors file</source>
            <translation>Einen Lauf mit Gewichten aus einer safetensors-Datei fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Audit Weights…</source>
            <translation>Gewichte p&amp;rüfen…</translation>
        </message>
        <message>
            <source>Which symmetries a trained net has: its weights (.safetensors, written by eqlab run) against the open experiment</source>
            <translation>Welche Symmetrien ein trainiertes Netz hat: seine Gewichte (.safetensors, von eqlab run geschrieben) gegen das geöffnete Experiment geprüft</translation>
        </message>
        <message>
            <source>&amp;Save Experiment</source>
            <translation>Experiment &amp;speichern</translation>
        </message>
        <message>
            <source>Save Experiment &amp;As…</source>
            <translation>Experiment speichern &amp;unter…</translation>
        </message>
        <message>
            <source>&amp;Export All Figures…</source>
            <translation>Alle Abbildungen &amp;exportieren…</translation>
        </message>
        <message>
            <source>Save Sc&amp;reenshot…</source>
            <translation>Bildschirm&amp;foto speichern…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>(none yet)</source>
            <translation>(noch keine)</translation>
        </message>
        <message>
            <source>&amp;Clear the List</source>
            <translation>Liste &amp;leeren</translation>
        </message>
        <message>
            <source>Open Experiment</source>
            <translation>Experiment öffnen</translation>
        </message>
        <message>
            <source>eqlab experiments (*.eqlab.json *.json);;All files (*)</source>
            <translation>eqlab-Experimente (*.eqlab.json *.json);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Cannot open the lesson: %1</source>
            <translation>Die Lektion kann nicht geöffnet werden: %1</translation>
        </message>
        <message>
            <source>%1[*] — eqlab</source>
            <translation>%1[*] — eqlab</translation>
        </message>
        <message>
            <source>Save Screenshot</source>
            <translation>Bildschirmfoto speichern</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <source>Could not write the image %1.</source>
            <translation>Das Bild %1 konnte nicht geschrieben werden.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::WeightsAudit</name>
        <message>
            <source>%1 respects %2 of %3 (%4 subgroups, tolerance %5)</source>
            <translation>%1 respektiert %2 von %3 (%4 Untergruppen, Toleranz %5)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::app::WindowHost</name>
        <message>
            <source>the training did not pause</source>
            <translation>das Training hielt nicht an</translation>
        </message>
        <message>
            <source>the session could not be saved into %1</source>
            <translation>die Sitzung konnte nicht in %1 gesichert werden</translation>
        </message>
        <message>
            <source>Cannot switch the language</source>
            <translation>Die Sprache lässt sich nicht wechseln</translation>
        </message>
        <message>
            <source>The session could not be handed over to a window in the new language: %1. Nothing changed.</source>
            <translation>Die Sitzung konnte nicht an ein Fenster in der neuen Sprache übergeben werden: %1. Nichts wurde geändert.</translation>
        </message>
        <message>
            <source>Language changed; the session goes on at step %1</source>
            <translation>Sprache gewechselt; die Sitzung geht bei Schritt %1 weiter</translation>
        </message>
        <message>
            <source>Cannot restore the session</source>
            <translation>Die Sitzung lässt sich nicht wiederherstellen</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::AlignmentPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Lauf:</translation>
        </message>
        <message>
            <source>Whose matched hidden units to show</source>
            <translation>Wessen zugeordnete verborgene Einheiten gezeigt werden</translation>
        </message>
        <message>
            <source>&amp;Matrix:</source>
            <translation>&amp;Matrix:</translation>
        </message>
        <message>
            <source>Which matching of hidden units to show</source>
            <translation>Welche Zuordnung verborgener Einheiten gezeigt wird</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::CayleyTableView</name>
        <message>
            <source>row a, column b: the colour of a·b (hover for names)</source>
            <translation>Zeile a, Spalte b: die Farbe von a·b (Namen beim Überfahren)</translation>
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
            <translation>&amp;Kurve:</translation>
        </message>
        <message>
            <source>Which measured curve to plot, every run in its colour</source>
            <translation>Welche gemessene Kurve gezeichnet wird, jeder Lauf in seiner Farbe</translation>
        </message>
        <message>
            <source>No curves yet</source>
            <translation>Noch keine Kurven</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::DescramblePanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Lauf:</translation>
        </message>
        <message>
            <source>Whose hidden layer to show</source>
            <translation>Wessen verborgene Schicht gezeigt wird</translation>
        </message>
        <message>
            <source>As trained</source>
            <translation>Wie trainiert</translation>
        </message>
        <message>
            <source>The incoming weights of each hidden unit (one row per unit) in the order training left them</source>
            <translation>Die eingehenden Gewichte jeder verborgenen Einheit (eine Zeile je Einheit) in der Reihenfolge, die das Training hinterlassen hat</translation>
        </message>
        <message>
            <source>Descrambled</source>
            <translation>Entwürfelt</translation>
        </message>
        <message>
            <source>The same rows reordered (and sign-flipped where the activation allows it) so that neighbouring units compute the most similar outputs; for a linear layer, mixed by the orthogonal matrix that does so best</source>
            <translation>Dieselben Zeilen umgeordnet (und mit umgekehrtem Vorzeichen, wo die Aktivierung es erlaubt), sodass benachbarte Einheiten möglichst ähnliche Ausgaben berechnen; bei einer linearen Schicht mit der orthogonalen Matrix gemischt, die das am besten leistet</translation>
        </message>
        <message>
            <source>Roughness: the summed squared difference between neighbouring units' outputs on the training inputs</source>
            <translation>Rauheit: die Summe der quadrierten Differenzen zwischen den Ausgaben benachbarter Einheiten auf den Trainingseingaben</translation>
        </message>
        <message>
            <source>Roughness across units after descrambling: %1 of the trained order's for the outputs, %2 for the weights.</source>
            <translation>Rauheit über die Einheiten nach dem Entwürfeln: %1 derjenigen der trainierten Reihenfolge für die Ausgaben, %2 für die Gewichte.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::ErrorMapPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Lauf:</translation>
        </message>
        <message>
            <source>Whose errors to show</source>
            <translation>Wessen Fehler gezeigt werden</translation>
        </message>
        <message>
            <source>&amp;Table:</source>
            <translation>&amp;Tabelle:</translation>
        </message>
        <message>
            <source>Which table of errors to show: per group element and layer at this step, or per layer over the training steps</source>
            <translation>Welche Fehlertabelle gezeigt wird: je Gruppenelement und Schicht in diesem Schritt oder je Schicht über die Trainingsschritte</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::ExperimentPanel</name>
        <message>
            <source>Lesson</source>
            <translation>Lektion</translation>
        </message>
        <message>
            <source>A lesson: an experiment and its explanation</source>
            <translation>Eine Lektion: ein Experiment und seine Erklärung</translation>
        </message>
        <message>
            <source>(an experiment of your own)</source>
            <translation>(ein eigenes Experiment)</translation>
        </message>
        <message>
            <source>Try: the lesson's suggestions, each one click away</source>
            <translation>Ausprobieren: die Vorschläge der Lektion, je einen Klick entfernt</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>Experiment</translation>
        </message>
        <message>
            <source>The group the equivariant layers and the symmetry metrics use: Cn, Dn, Sn, An, V4, Q8, T, O, I or a product such as C3xC4</source>
            <translation>Die Gruppe für die äquivarianten Schichten und Symmetriemetriken: Cn, Dn, Sn, An, V4, Q8, T, O, I oder ein Produkt wie C3xC4</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Gruppe:</translation>
        </message>
        <message>
            <source>Initialisation, data and batch order all derive from the seed</source>
            <translation>Initialisierung, Daten und Batch-Reihenfolge leiten sich vom Seed ab</translation>
        </message>
        <message>
            <source>S&amp;eed:</source>
            <translation>S&amp;eed:</translation>
        </message>
        <message>
            <source>Optimisation steps of every run</source>
            <translation>Optimierungsschritte jedes Laufs</translation>
        </message>
        <message>
            <source>S&amp;teps:</source>
            <translation>Sc&amp;hritte:</translation>
        </message>
        <message>
            <source>The optimiser's learning rate: a number &gt; 0, e.g. 0.01 or 1e-3</source>
            <translation>Die Lernrate des Optimierers: eine Zahl &gt; 0, z. B. 0.01 oder 1e-3</translation>
        </message>
        <message>
            <source>&amp;Learning rate:</source>
            <translation>&amp;Lernrate:</translation>
        </message>
        <message>
            <source>Train</source>
            <translation>Trainieren</translation>
        </message>
        <message>
            <source>Train or pause (Space)</source>
            <translation>Trainieren oder pausieren (Leertaste)</translation>
        </message>
        <message>
            <source>Step</source>
            <translation>Schritt</translation>
        </message>
        <message>
            <source>One step of every run (S)</source>
            <translation>Ein Schritt jedes Laufs (S)</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>Zurücksetzen</translation>
        </message>
        <message>
            <source>Back to step 0 with the same seed (R)</source>
            <translation>Zurück zu Schritt 0 mit demselben Seed (R)</translation>
        </message>
        <message>
            <source>Runs compared</source>
            <translation>Verglichene Läufe</translation>
        </message>
        <message>
            <source>The lesson as written</source>
            <translation>Die Lektion wie geschrieben</translation>
        </message>
        <message>
            <source>Back to the lesson's own experiment</source>
            <translation>Zurück zum eigenen Experiment der Lektion</translation>
        </message>
        <message>
            <source>Try: %1</source>
            <translation>Ausprobieren: %1</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(keine)</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>Gruppe: %1</translation>
        </message>
        <message>
            <source>Learning rate: expected a number such as 0.01 or 1e-3, got '%1'</source>
            <translation>Lernrate: Zahl wie 0.01 oder 1e-3 erwartet, erhalten: '%1'</translation>
        </message>
        <message>
            <source>Learning rate: expected a number &gt; 0 and &lt;= %1, got %2</source>
            <translation>Lernrate: Zahl &gt; 0 und &lt;= %1 erwartet, erhalten: %2</translation>
        </message>
        <message>
            <source>Pause</source>
            <translation>Pause</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::FilterGridView</name>
        <message>
            <source>No filters to show.</source>
            <translation>Keine Filter anzuzeigen.</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>%1
row %2, column %3: %4</source>
            <translation>%1
Zeile %2, Spalte %3: %4</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::FilterPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Lauf:</translation>
        </message>
        <message>
            <source>Whose filters to show</source>
            <translation>Wessen Filter angezeigt werden</translation>
        </message>
        <message>
            <source>&amp;Layer:</source>
            <translation>&amp;Schicht:</translation>
        </message>
        <message>
            <source>The layer whose filters to show; a G-CNN layer shows each filter in a row with its copies transformed by every group element</source>
            <translation>Die Schicht, deren Filter gezeigt werden; eine G-CNN-Schicht zeigt jeden Filter in einer Zeile mit seinen Kopien, transformiert durch jedes Gruppenelement</translation>
        </message>
        <message>
            <source>filters</source>
            <translation>Filter</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::GroupPanel</name>
        <message>
            <source>Group and representation</source>
            <translation>Gruppe und Darstellung</translation>
        </message>
        <message>
            <source>A catalogue name: Cn, Dn, Sn, An, V4, Q8, T, O, I, or a product such as C3xC4</source>
            <translation>Ein Katalogname: Cn, Dn, Sn, An, V4, Q8, T, O, I oder ein Produkt wie C3xC4</translation>
        </message>
        <message>
            <source>&amp;Group:</source>
            <translation>&amp;Gruppe:</translation>
        </message>
        <message>
            <source>trivial, sign, std, perm, regular, grid:K, combined with + (direct sum), * (tensor product), ^k and parentheses</source>
            <translation>trivial, sign, std, perm, regular, grid:K, kombiniert mit + (direkte Summe), * (Tensorprodukt), ^k und Klammern</translation>
        </message>
        <message>
            <source>&amp;Representation:</source>
            <translation>&amp;Darstellung:</translation>
        </message>
        <message>
            <source>Point x</source>
            <translation>Punkt x</translation>
        </message>
        <message>
            <source>Representation: %1</source>
            <translation>Darstellung: %1</translation>
        </message>
        <message>
            <source>Group: %1</source>
            <translation>Gruppe: %1</translation>
        </message>
        <message>
            <source>Coordinate %1 of the point whose orbit is drawn (arrow keys: small steps)</source>
            <translation>Koordinate %1 des Punkts, dessen Bahn gezeichnet wird (Pfeiltasten: kleine Schritte)</translation>
        </message>
        <message>
            <source>Coordinate %1 of the point whose orbit is drawn, typed</source>
            <translation>Koordinate %1 des Punkts, dessen Bahn gezeichnet wird, eingetippt</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::GroupView</name>
        <message>
            <source>Show element &amp;labels</source>
            <translation>Element&amp;namen anzeigen</translation>
        </message>
        <message>
            <source>Write each element's name beside its point (Alt+L)</source>
            <translation>Den Namen jedes Elements neben seinen Punkt schreiben (Alt+N)</translation>
        </message>
        <message>
            <source>Cayley graph</source>
            <translation>Cayley-Graph</translation>
        </message>
        <message>
            <source>Multiplication table</source>
            <translation>Multiplikationstafel</translation>
        </message>
        <message>
            <source>Character table</source>
            <translation>Charaktertafel</translation>
        </message>
        <message>
            <source>The group's elements as points, joined by its generators</source>
            <translation>Die Elemente der Gruppe als Punkte, verbunden durch ihre Erzeuger</translation>
        </message>
        <message>
            <source>Row a, column b: the colour and name of the product a·b</source>
            <translation>Zeile a, Spalte b: Farbe und Name des Produkts a·b</translation>
        </message>
        <message>
            <source>The characters of the irreducible representations</source>
            <translation>Die Charaktere der irreduziblen Darstellungen</translation>
        </message>
        <message>
            <source>Rows: the irreducible characters over ℂ. Columns: conjugacy classes, as size: representative.</source>
            <translation>Zeilen: die irreduziblen Charaktere über ℂ. Spalten: Konjugationsklassen, als Größe: Vertreter.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::HeatMapView</name>
        <message>
            <source>No table yet: train a few steps.</source>
            <translation>Noch keine Tabelle: einige Schritte trainieren.</translation>
        </message>
        <message>
            <source> (log scale)</source>
            <translation> (logarithmisch)</translation>
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
            <translation> (gezeichnet bei %1)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::LayerOrbitPanel</name>
        <message>
            <source>&amp;Run:</source>
            <translation>&amp;Lauf:</translation>
        </message>
        <message>
            <source>Whose layers to look through</source>
            <translation>Wessen Schichten betrachtet werden</translation>
        </message>
        <message>
            <source>&amp;Layer:</source>
            <translation>&amp;Schicht:</translation>
        </message>
        <message>
            <source>The layer whose output the orbit is drawn in</source>
            <translation>Die Schicht, in deren Ausgabe die Bahn gezeichnet wird</translation>
        </message>
        <message>
            <source>Click a sample to follow its orbit</source>
            <translation>Auf eine Probe klicken, um ihrer Bahn zu folgen</translation>
        </message>
        <message>
            <source>generator %1</source>
            <translation>Erzeuger %1</translation>
        </message>
        <message>
            <source>%1 · %2: orbit spread %3</source>
            <translation>%1 · %2: Bahnstreuung %3</translation>
        </message>
        <message>
            <source>No orbit: the experiment names no group</source>
            <translation>Keine Bahn: das Experiment nennt keine Gruppe</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::LessonBrowser</name>
        <message>
            <source>Lessons</source>
            <translation>Lektionen</translation>
        </message>
        <message>
            <source>Close without opening a lesson (Esc)</source>
            <translation>Schließen, ohne eine Lektion zu öffnen (Esc)</translation>
        </message>
        <message>
            <source>%1. %2
Group %3</source>
            <translation>%1. %2
Gruppe %3</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::LessonPanel</name>
        <message>
            <source>‹ &amp;Back</source>
            <translation>‹ &amp;Zurück</translation>
        </message>
        <message>
            <source>&amp;Next ›</source>
            <translation>&amp;Weiter ›</translation>
        </message>
        <message>
            <source>The previous step of the lesson's guide (Alt+B)</source>
            <translation>Der vorige Schritt der Anleitung zur Lektion (Alt+Z)</translation>
        </message>
        <message>
            <source>The next step of the lesson's guide (Alt+N)</source>
            <translation>Der nächste Schritt der Anleitung zur Lektion (Alt+W)</translation>
        </message>
        <message>
            <source>&lt;b&gt;Step %1 of %2&lt;/b&gt;</source>
            <translation>&lt;b&gt;Schritt %1 von %2&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;Do:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Watch:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ask:&lt;/b&gt; %3&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Tun:&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;&lt;b&gt;Beobachten:&lt;/b&gt; %2&lt;/p&gt;&lt;p&gt;&lt;b&gt;Fragen:&lt;/b&gt; %3&lt;/p&gt;</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::MatrixPatternView</name>
        <message>
            <source>output index (row)</source>
            <translation>Ausgabeindex (Zeile)</translation>
        </message>
        <message>
            <source>input index (column)</source>
            <translation>Eingabeindex (Spalte)</translation>
        </message>
        <message>
            <source>weight</source>
            <translation>Gewicht</translation>
        </message>
        <message>
            <source>… %1 basis elements</source>
            <translation>… %1 Basiselemente</translation>
        </message>
        <message>
            <source>basis elements</source>
            <translation>Basiselemente</translation>
        </message>
        <message>
            <source>row %1, column %2</source>
            <translation>Zeile %1, Spalte %2</translation>
        </message>
        <message>
            <source>
basis element %1</source>
            <translation>
Basiselement %1</translation>
        </message>
        <message>
            <source>
always zero</source>
            <translation>
immer null</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::MetricChartView</name>
        <message>
            <source>Nothing to plot yet: this chart fills while the experiment trains.</source>
            <translation>Noch nichts zu zeichnen: dieses Diagramm füllt sich während des Trainings.</translation>
        </message>
        <message>
            <source>This experiment computes nothing for this chart.</source>
            <translation>Dieses Experiment berechnet nichts für dieses Diagramm.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::ModelBuilder</name>
        <message>
            <source>no %1</source>
            <translation>ohne %1</translation>
        </message>
        <message>
            <source>Plain MLP</source>
            <translation>Einfaches MLP</translation>
        </message>
        <message>
            <source>MLP + augmentation</source>
            <translation>MLP + Augmentierung</translation>
        </message>
        <message>
            <source>Group-averaged MLP</source>
            <translation>Gruppengemitteltes MLP</translation>
        </message>
        <message>
            <source>Equivariant MLP</source>
            <translation>Äquivariantes MLP</translation>
        </message>
        <message>
            <source>DeepSets</source>
            <translation>DeepSets</translation>
        </message>
        <message>
            <source>C4 G-CNN</source>
            <translation>C4-G-CNN</translation>
        </message>
        <message>
            <source>D4 G-CNN</source>
            <translation>D4-G-CNN</translation>
        </message>
        <message>
            <source>First-order invariant net</source>
            <translation>Invariantes Netz erster Ordnung</translation>
        </message>
        <message>
            <source>Second-order invariant net</source>
            <translation>Invariantes Netz zweiter Ordnung</translation>
        </message>
        <message>
            <source>Involutive net</source>
            <translation>Involutives Netz</translation>
        </message>
        <message>
            <source>Group action</source>
            <translation>Gruppenwirkung</translation>
        </message>
        <message>
            <source>Parity net</source>
            <translation>Paritätsnetz</translation>
        </message>
        <message>
            <source>Band-limited SO(2) net</source>
            <translation>Bandbegrenztes SO(2)-Netz</translation>
        </message>
        <message>
            <source>Architecture templates for the experiment's task and group</source>
            <translation>Architekturvorlagen für Aufgabe und Gruppe des Experiments</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>Anwenden</translation>
        </message>
        <message>
            <source>Replace this run's layers with the template</source>
            <translation>Die Schichten dieses Laufs durch die Vorlage ersetzen</translation>
        </message>
        <message>
            <source>Template:</source>
            <translation>Vorlage:</translation>
        </message>
        <message>
            <source>Layer</source>
            <translation>Schicht</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <source>Shape after</source>
            <translation>Form danach</translation>
        </message>
        <message>
            <source>Weights</source>
            <translation>Gewichte</translation>
        </message>
        <message>
            <source>Add layer</source>
            <translation>Schicht hinzufügen</translation>
        </message>
        <message>
            <source>Add a layer after the selected one</source>
            <translation>Eine Schicht nach der ausgewählten hinzufügen</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected layer (Delete)</source>
            <translation>Die ausgewählte Schicht entfernen (Entf)</translation>
        </message>
        <message>
            <source>Up</source>
            <translation>Hoch</translation>
        </message>
        <message>
            <source>Move the selected layer up (Alt+Up)</source>
            <translation>Die ausgewählte Schicht nach oben verschieben (Alt+Up)</translation>
        </message>
        <message>
            <source>Down</source>
            <translation>Runter</translation>
        </message>
        <message>
            <source>Move the selected layer down (Alt+Down)</source>
            <translation>Die ausgewählte Schicht nach unten verschieben (Alt+Down)</translation>
        </message>
        <message>
            <source>Augment</source>
            <translation>Augmentieren</translation>
        </message>
        <message>
            <source>Train on g·x for a random group element g per sample and step (needs a group acting on the input)</source>
            <translation>Mit g·x für ein zufälliges Gruppenelement g je Probe und Schritt trainieren (braucht eine Gruppe, die auf die Eingabe wirkt)</translation>
        </message>
        <message>
            <source>Augmentation needs a group acting on the task's input.</source>
            <translation>Augmentierung braucht eine Gruppe, die auf die Eingabe der Aufgabe wirkt.</translation>
        </message>
        <message>
            <source>Not built: an earlier layer does not fit</source>
            <translation>Nicht aufgebaut: eine frühere Schicht passt nicht</translation>
        </message>
        <message>
            <source>does not fit</source>
            <translation>passt nicht</translation>
        </message>
        <message>
            <source>The task cannot be made: %1</source>
            <translation>Die Aufgabe kann nicht erstellt werden: %1</translation>
        </message>
        <message>
            <source>Input %1 → output %2; %3 weights in all.</source>
            <translation>Eingabe %1 → Ausgabe %2; insgesamt %3 Gewichte.</translation>
        </message>
        <message>
            <source>Select a layer to edit its parameters.</source>
            <translation>Eine Schicht auswählen, um ihre Parameter zu bearbeiten.</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt; — %2</source>
            <translation>&lt;b&gt;%1&lt;/b&gt; — %2</translation>
        </message>
        <message>
            <source>%1 does not apply: %2</source>
            <translation>%1 ist nicht anwendbar: %2</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::OrbitView</name>
        <message>
            <source>element</source>
            <translation>Element</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::ParamForm</name>
        <message>
            <source>a number &gt; %1 and ≤ %2</source>
            <translation>eine Zahl &gt; %1 und ≤ %2</translation>
        </message>
        <message>
            <source>a number from %1 to %2</source>
            <translation>eine Zahl von %1 bis %2</translation>
        </message>
        <message>
            <source>a number &gt; %1</source>
            <translation>eine Zahl &gt; %1</translation>
        </message>
        <message>
            <source>a number ≥ %1</source>
            <translation>eine Zahl ≥ %1</translation>
        </message>
        <message>
            <source>a number ≤ %1</source>
            <translation>eine Zahl ≤ %1</translation>
        </message>
        <message>
            <source>a number</source>
            <translation>eine Zahl</translation>
        </message>
        <message>
            <source>No parameters.</source>
            <translation>Keine Parameter.</translation>
        </message>
        <message>
            <source>required</source>
            <translation>erforderlich</translation>
        </message>
        <message>
            <source>numbers separated by commas</source>
            <translation>durch Kommas getrennte Zahlen</translation>
        </message>
        <message>
            <source>Expected a whole number from %1 to %2%3.</source>
            <translation>Ganze Zahl von %1 bis %2 erwartet%3.</translation>
        </message>
        <message>
            <source>, got %1</source>
            <translation>, erhalten: %1</translation>
        </message>
        <message>
            <source>Expected %1.</source>
            <translation>%1 erwartet.</translation>
        </message>
        <message>
            <source>Expected %1, got “%2”.</source>
            <translation>%1 erwartet, erhalten: „%2“.</translation>
        </message>
        <message>
            <source>Expected %1, got %2.</source>
            <translation>%1 erwartet, erhalten: %2.</translation>
        </message>
        <message>
            <source>Required.</source>
            <translation>Erforderlich.</translation>
        </message>
        <message>
            <source>Item %1: expected a number, got “%2”.</source>
            <translation>Eintrag %1: Zahl erwartet, erhalten: „%2“.</translation>
        </message>
        <message>
            <source>Item %1: expected a number from %2 to %3, got %4.</source>
            <translation>Eintrag %1: Zahl von %2 bis %3 erwartet, erhalten: %4.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::RunListPanel</name>
        <message>
            <source>The runs trained side by side; F2 renames, Delete removes</source>
            <translation>Die nebeneinander trainierten Läufe; F2 benennt um, Entf entfernt</translation>
        </message>
        <message>
            <source>&amp;Add</source>
            <translation>&amp;Hinzufügen</translation>
        </message>
        <message>
            <source>A new run: a plain MLP for this task</source>
            <translation>Ein neuer Lauf: ein einfaches MLP für diese Aufgabe</translation>
        </message>
        <message>
            <source>D&amp;uplicate</source>
            <translation>&amp;Duplizieren</translation>
        </message>
        <message>
            <source>A copy of the selected run, to change one thing in it</source>
            <translation>Eine Kopie des ausgewählten Laufs, um eine Sache darin zu ändern</translation>
        </message>
        <message>
            <source>Remo&amp;ve</source>
            <translation>&amp;Entfernen</translation>
        </message>
        <message>
            <source>Remove the selected run (Delete)</source>
            <translation>Den ausgewählten Lauf entfernen (Entf)</translation>
        </message>
        <message>
            <source>Train on g·x for a random g</source>
            <translation>Mit g·x für ein zufälliges g trainieren</translation>
        </message>
        <message>
            <source>Data augmentation: every sample is transformed by a random group element at every step</source>
            <translation>Datenaugmentierung: jede Probe wird in jedem Schritt durch ein zufälliges Gruppenelement transformiert</translation>
        </message>
        <message>
            <source>Au&amp;gment:</source>
            <translation>&amp;Augmentieren:</translation>
        </message>
        <message>
            <source>the experiment's</source>
            <translation>die des Experiments</translation>
        </message>
        <message>
            <source>This run's learning rate, a number &gt; 0; empty: the experiment's</source>
            <translation>Lernrate dieses Laufs, eine Zahl &gt; 0; leer: die des Experiments</translation>
        </message>
        <message>
            <source>Run's &amp;rate:</source>
            <translation>&amp;Rate des Laufs:</translation>
        </message>
        <message>
            <source>What the run trains on: the task's data, or the codes of an earlier run once that run has finished (layer-wise pretraining)</source>
            <translation>Worauf der Lauf trainiert: die Daten der Aufgabe oder die Codes eines früheren Laufs, sobald dieser fertig ist (schichtweises Vortraining)</translation>
        </message>
        <message>
            <source>after layer </source>
            <translation>nach Schicht </translation>
        </message>
        <message>
            <source>The codes are the outputs of this many of the earlier run's layers</source>
            <translation>Die Codes sind die Ausgaben so vieler Schichten des früheren Laufs</translation>
        </message>
        <message>
            <source>&amp;Inputs:</source>
            <translation>Ein&amp;gaben:</translation>
        </message>
        <message>
            <source>An experiment needs at least one run.</source>
            <translation>Ein Experiment braucht mindestens einen Lauf.</translation>
        </message>
        <message>
            <source>the task's data</source>
            <translation>die Daten der Aufgabe</translation>
        </message>
        <message>
            <source>codes of %1</source>
            <translation>Codes von %1</translation>
        </message>
        <message>
            <source>A run needs a label.</source>
            <translation>Ein Lauf braucht eine Bezeichnung.</translation>
        </message>
        <message>
            <source>Another run is labelled “%1”.</source>
            <translation>Ein anderer Lauf heißt bereits „%1“.</translation>
        </message>
        <message>
            <source>The run's learning rate must be a number &gt; 0 and ≤ %1, e.g. 0.01; leave it empty for the experiment's.</source>
            <translation>Die Lernrate des Laufs muss eine Zahl &gt; 0 und ≤ %1 sein, z. B. 0.01; leer lassen für die des Experiments.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::SubgroupLatticeView</name>
        <message>
            <source>order</source>
            <translation>Ordnung</translation>
        </message>
        <message>
            <source>%1, order %2
generated by %3</source>
            <translation>%1, Ordnung %2
erzeugt von %3</translation>
        </message>
        <message>
            <source>nothing (the trivial subgroup)</source>
            <translation>nichts (die triviale Untergruppe)</translation>
        </message>
        <message>
            <source>error: not measured</source>
            <translation>Fehler: nicht gemessen</translation>
        </message>
        <message>
            <source>error: %1 (largest over its elements)</source>
            <translation>Fehler: %1 (größter über ihre Elemente)</translation>
        </message>
        <message>
            <source>normal subgroup</source>
            <translation>Normalteiler</translation>
        </message>
        <message>
            <source>one of %1 conjugate subgroups</source>
            <translation>eine von %1 konjugierten Untergruppen</translation>
        </message>
        <message>
            <source>largest respected: error within the tolerance %1</source>
            <translation>größte respektierte: Fehler innerhalb der Toleranz %1</translation>
        </message>
        <message>
            <source>No subgroup lattice yet: audit a net.</source>
            <translation>Noch kein Untergruppenverband: ein Netz prüfen.</translation>
        </message>
        <message>
            <source>Subgroups of %1: %2 in %3 conjugacy classes</source>
            <translation>Untergruppen von %1: %2 in %3 Konjugationsklassen</translation>
        </message>
        <message>
            <source>%1 ×%2</source>
            <translation>%1 ×%2</translation>
        </message>
        <message>
            <source>largest respected subgroups</source>
            <translation>größte respektierte Untergruppen</translation>
        </message>
        <message>
            <source>largest respected subgroups, one per conjugacy class (error ≤ %1)</source>
            <translation>größte respektierte Untergruppen, eine je Konjugationsklasse (Fehler ≤ %1)</translation>
        </message>
        <message>
            <source>tol.</source>
            <translation>Tol.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>Fehler</translation>
        </message>
        <message>
            <source> (log scale)</source>
            <translation> (logarithmisch)</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::TaskEditor</name>
        <message>
            <source>What the runs learn: the data, its symmetry and the loss</source>
            <translation>Was die Läufe lernen: die Daten, ihre Symmetrie und der Verlust</translation>
        </message>
        <message>
            <source>Task:</source>
            <translation>Aufgabe:</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::TrainingProgress</name>
        <message>
            <source>step %v of %m</source>
            <translation>Schritt %v von %m</translation>
        </message>
        <message>
            <source>%1 steps/s · %2 left</source>
            <translation>%1 Schritte/s · noch %2</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::VtkView</name>
        <message>
            <source>This view needs OpenGL 3.2, which is not available.</source>
            <translation>Diese Ansicht braucht OpenGL 3.2, das nicht verfügbar ist.</translation>
        </message>
    </context>
    <context>
        <name>eqlab::widgets::WeightSharingView</name>
        <message>
            <source>The representation of the layer's input, e.g. perm, std, grid:5</source>
            <translation>Die Darstellung der Eingabe der Schicht, z. B. perm, std, grid:5</translation>
        </message>
        <message>
            <source>The representation of the layer's output</source>
            <translation>Die Darstellung der Ausgabe der Schicht</translation>
        </message>
        <message>
            <source>by basis element</source>
            <translation>nach Basiselement</translation>
        </message>
        <message>
            <source>by value</source>
            <translation>nach Wert</translation>
        </message>
        <message>
            <source>Colour each weight by the basis element it belongs to (tied weights share a colour) or by its value (blue &lt; 0 &lt; red)</source>
            <translation>Jedes Gewicht nach seinem Basiselement färben (gekoppelte Gewichte teilen eine Farbe) oder nach seinem Wert (blau &lt; 0 &lt; rot)</translation>
        </message>
        <message>
            <source>&amp;In:</source>
            <translation>&amp;Ein:</translation>
        </message>
        <message>
            <source>&amp;Out:</source>
            <translation>&amp;Aus:</translation>
        </message>
        <message>
            <source>&lt;b&gt;%1&lt;/b&gt;: %2 × %3 weights tied into &lt;b&gt;%4&lt;/b&gt; free parameters (%5 basis; the character formula gives %6).</source>
            <translation>&lt;b&gt;%1&lt;/b&gt;: %2 × %3 Gewichte gebunden an &lt;b&gt;%4&lt;/b&gt; freie Parameter (Basis: %5; die Charakterformel ergibt %6).</translation>
        </message>
    </context>
</TS>
