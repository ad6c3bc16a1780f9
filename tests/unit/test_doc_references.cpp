// References into the documentation must point at something that exists: every "docs/NAME.md"
// in docs/, resources/, compute/, app/, widgets/, tests/ and README.md names an existing file, and
// every section "§N" or "§N.M" cited with docs/math.md or docs/math-lessons.md (in code comments,
// documents and lesson texts, where § may be written &sect; or \u00a7) is a heading of that file.
// The two files are one numbered document split in two (math-lessons.md holds §6's subsections):
// inside them a bare § may name a heading of either. References to the old internal design note
// (which users do not have) must not come back.

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include "suite/suite.h"

namespace {

const QString kSourceDir = QStringLiteral(EQLAB_SOURCE_DIR);

// The name of the retired design note, built so that this file does not contain it.
QString retiredNote() {
    return QStringLiteral("MATH") + QStringLiteral(".md");
}

// The other internal design notes, which users do not have either (upper case: the project's own
// docs/*.md are lower case).
const QRegularExpression& internalNote() {
    static const QRegularExpression note(
        QStringLiteral("\\b(PERFORMANCE|ARCHITECTURE|PRODUCT|STYLE|VTK-QT6)\\.md\\b"));
    return note;
}

QString readText(const QString& path) {
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

// § as HTML entity or JSON escape -> §, so one pattern finds all three spellings.
QString normalised(QString text) {
    text.replace(QStringLiteral("&sect;"), QStringLiteral("§"));
    text.replace(QStringLiteral("\\u00a7"), QStringLiteral("§"), Qt::CaseInsensitive);
    return text;
}

// Section numbers of docs/math.md from its headings "## §3 Title", "### §3.5 Title".
QSet<QString> sectionsOf(const QString& mathText, QStringList* duplicates = nullptr) {
    static const QRegularExpression heading(QStringLiteral("^#{1,4} §(\\d+(?:\\.\\d+)*)\\s"),
                                            QRegularExpression::MultilineOption);
    QSet<QString> sections;
    for (auto it = heading.globalMatch(mathText); it.hasNext();) {
        const QString number = it.next().captured(1);
        if (sections.contains(number) && duplicates)
            duplicates->append(number);
        sections.insert(number);
    }
    return sections;
}

// Every §N (and the far end of a range §N–M) in `text`.
QStringList sectionNumbersIn(const QString& text) {
    static const QRegularExpression ref(
        QStringLiteral("§\\s*(\\d+(?:\\.\\d+)*)(?:\\s*[–-]\\s*§?(\\d+(?:\\.\\d+)*))?"));
    QStringList numbers;
    for (auto it = ref.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        numbers << m.captured(1);
        if (!m.captured(2).isEmpty())
            numbers << m.captured(2);
    }
    return numbers;
}

// The problems of one file's text, each "label:line: what". isMathDoc: every § in the text is a
// reference (docs/math.md cites itself without naming itself); elsewhere only the §s that follow
// a docs/math.md mention on its line (or on the next line when the mention ends a line).
// The headings of each math document, by the way the others cite it ("docs/math.md").
using SectionsByDoc = QHash<QString, QSet<QString>>;

QSet<QString> allSections(const SectionsByDoc& docs) {
    QSet<QString> all;
    for (const QSet<QString>& sections : docs)
        all.unite(sections);
    return all;
}

QStringList checkText(const QString& rawText, const QString& label, const SectionsByDoc& mathDocs,
                      const QDir& docsDir, bool isMathDoc = false) {
    static const QRegularExpression docFile(
        QStringLiteral("(?<![A-Za-z0-9_-])docs/([A-Za-z0-9_-]+)\\.md"));
    static const QRegularExpression headingLine(QStringLiteral("^#{1,4} §"));
    const QStringList lines = normalised(rawText).split(QLatin1Char('\n'));
    QStringList problems;
    const auto report = [&](int line, const QString& what) {
        problems << QStringLiteral("%1:%2: %3").arg(label).arg(line + 1).arg(what);
    };
    for (int i = 0; i < lines.size(); ++i) {
        const QString& line = lines[i];
        if (line.contains(retiredNote()))
            report(i, QStringLiteral("cites %1, which users do not have; cite docs/math.md")
                          .arg(retiredNote()));
        if (const auto note = internalNote().match(line); note.hasMatch())
            report(i, QStringLiteral("cites %1, an internal note users do not have; cite docs/")
                          .arg(note.captured(0)));
        for (auto it = docFile.globalMatch(line); it.hasNext();) {
            const QString name = it.next().captured(1) + QStringLiteral(".md");
            if (!docsDir.exists(name))
                report(i, QStringLiteral("docs/%1 does not exist").arg(name));
        }
        if (isMathDoc && !headingLine.match(line).hasMatch()) {
            const QSet<QString> sections = allSections(mathDocs);
            for (const QString& number : sectionNumbersIn(line))
                if (!sections.contains(number))
                    report(i, QStringLiteral("docs/math.md has no section §%1").arg(number));
            continue;
        }
        for (auto doc = mathDocs.cbegin(); doc != mathDocs.cend(); ++doc) {
            const QString& mention = doc.key();
            QString cited;
            for (qsizetype at = line.indexOf(mention); at >= 0;
                 at = line.indexOf(mention, at + mention.size())) {
                QString rest = line.mid(at + mention.size());
                // Up to the next mention of any math document.
                for (auto other = mathDocs.cbegin(); other != mathDocs.cend(); ++other)
                    if (const qsizetype next = rest.indexOf(other.key()); next >= 0)
                        rest.truncate(next);
                if (!rest.contains(QStringLiteral("§")) && rest.trimmed().isEmpty() &&
                    i + 1 < lines.size())
                    rest = lines[i + 1];
                cited += rest + QLatin1Char(' ');
            }
            for (const QString& number : sectionNumbersIn(cited))
                if (!doc.value().contains(number))
                    report(i, QStringLiteral("%1 has no section §%2").arg(mention, number));
        }
    }
    return problems;
}

const QString kMath = QStringLiteral("docs/math.md");
const QString kMathLessons = QStringLiteral("docs/math-lessons.md");

// Both math documents' headings, keyed by their path from the source directory; a number used
// twice within or across them is appended to `duplicates`.
SectionsByDoc mathDocuments(QStringList* duplicates = nullptr) {
    SectionsByDoc docs;
    QSet<QString> seen;
    for (const QString& doc : {kMath, kMathLessons}) {
        docs[doc] = sectionsOf(readText(kSourceDir + QLatin1Char('/') + doc), duplicates);
        if (duplicates)
            for (const QString& number : docs[doc])
                if (seen.contains(number))
                    duplicates->append(number);
        seen.unite(docs[doc]);
    }
    return docs;
}

bool isTextFile(const QString& path) {
    static const QStringList suffixes = {".h",   ".cpp",   ".md", ".json", ".html",
                                         ".txt", ".cmake", ".sh", ".in",   ".qrc"};
    for (const QString& s : suffixes)
        if (path.endsWith(s))
            return true;
    return false;
}

}  // namespace

class TestDocReferences : public QObject {
    Q_OBJECT
private slots:
    void mathDocHasNumberedSections() {
        QStringList duplicates;
        const SectionsByDoc docs = mathDocuments(&duplicates);
        for (auto doc = docs.cbegin(); doc != docs.cend(); ++doc)
            QVERIFY2(!doc.value().isEmpty(), qPrintable(doc.key() + " is missing or has no §"));
        QVERIFY2(duplicates.isEmpty(), qPrintable(QStringLiteral("section numbers used twice: ") +
                                                  duplicates.join(", ")));
        // The top-level sections the code cites in math.md, and §6's lessons in math-lessons.md.
        for (const char* s : {"1", "2", "3", "4", "5", "6", "7", "3.6", "4.3"})
            QVERIFY2(docs[kMath].contains(QString::fromLatin1(s)), s);
        for (const char* s : {"6.1", "6.14"})
            QVERIFY2(docs[kMathLessons].contains(QString::fromLatin1(s)), s);
    }

    // The checker itself: it must find a missing section, a missing file, a section after a
    // reference that wraps onto the next line, the HTML and JSON spellings of §, the retired
    // note, and a section cited with the wrong one of the two math files — and accept good
    // references.
    void checkerFindsBadReferences() {
        const SectionsByDoc sections = {{kMath, {"1", "3", "3.6", "4", "4.10", "6"}},
                                        {kMathLessons, {"6.1", "6.2"}}};
        const QDir docs(kSourceDir + QStringLiteral("/docs"));
        QCOMPARE(
            checkText("// see docs/math.md §3.6 and §4.10; docs/cli.md\n", "good", sections, docs),
            QStringList());
        QCOMPARE(checkText("(docs/math.md §3–4)", "range", sections, docs), QStringList());
        QCOMPARE(checkText("a §99 not about docs/cli.md", "unrelated", sections, docs),
                 QStringList());
        QCOMPARE(checkText("// docs/math.md §3.7", "a", sections, docs).size(), 1);
        QCOMPARE(checkText("(docs/math.md §3.6, §4.2)", "b", sections, docs).size(), 1);
        QCOMPARE(checkText("(docs/math.md §3–8)", "c", sections, docs).size(), 1);
        QCOMPARE(checkText("docs/math.md &sect;2.1.</p>", "d", sections, docs).size(), 1);
        QCOMPARE(checkText("\"source\": \"docs/math.md \\u00a75\"", "e", sections, docs).size(), 1);
        QCOMPARE(checkText("// under rotations (docs/math.md\n// §9).", "f", sections, docs).size(),
                 1);
        QCOMPARE(checkText("see docs/no-such-file.md", "g", sections, docs).size(), 1);
        QCOMPARE(checkText(retiredNote() + " §3", "h", sections, docs).size(), 1);
        QCOMPARE(checkText("as PERFORMANCE"
                           ".md says",
                           "h", sections, docs)
                     .size(),
                 1);
        QCOMPARE(checkText("as docs/performance.md says", "h", sections, docs).size(), 0);
        QCOMPARE(checkText("as §4 and §8 say", "math", sections, docs, true).size(), 1);
        QCOMPARE(checkText("as §4 and §6.2 say", "math", sections, docs, true).size(), 0);
        QCOMPARE(checkText("docs/math-lessons.md §6.2; docs/math.md §3", "both", sections, docs),
                 QStringList());
        QCOMPARE(checkText("docs/math.md §6.2", "wrong file", sections, docs).size(), 1);
        QCOMPARE(checkText("docs/math-lessons.md §3.6", "wrong file", sections, docs).size(), 1);
        const QStringList one = checkText("x\n// docs/math.md §12", "file.h", sections, docs);
        QCOMPARE(one, QStringList{"file.h:2: docs/math.md has no section §12"});
    }

    void everyReferenceResolves() {
        const QDir source(kSourceDir);
        const QDir docs(source.filePath(QStringLiteral("docs")));
        const SectionsByDoc sections = mathDocuments();
        QStringList files = {source.filePath(QStringLiteral("README.md"))};
        for (const char* room : {"docs", "resources", "compute", "app", "widgets", "tests"}) {
            QDirIterator it(source.filePath(QString::fromLatin1(room)), QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                // This file's own examples of bad references are not references.
                if (isTextFile(path) && !path.endsWith(QStringLiteral("/test_doc_references.cpp")))
                    files << path;
            }
        }
        QVERIFY2(
            files.size() > 100,
            qPrintable(
                QStringLiteral("only %1 files found under %2").arg(files.size()).arg(kSourceDir)));
        QStringList problems;
        int references = 0;
        for (const QString& path : files) {
            const QString text = readText(path);
            const QString relative = source.relativeFilePath(path);
            references += static_cast<int>(text.count(kMath) + text.count(kMathLessons));
            problems << checkText(text, relative, sections, docs, sections.contains(relative));
        }
        // One line each (a QVERIFY2 message is cut short).
        for (const QString& p : problems)
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(),
                 qPrintable(
                     QStringLiteral("%1 broken reference(s), listed above").arg(problems.size())));
        // The code and lesson texts do cite it (guards against a scan that finds nothing).
        QVERIFY2(references >= 50, qPrintable(QString::number(references)));
    }
};

EQLAB_TEST_APPLESS_MAIN(TestDocReferences)
#include "test_doc_references.moc"
