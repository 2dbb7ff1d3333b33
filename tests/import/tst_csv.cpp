// The CSV reader: RFC 4180 quoting, separators, byte-order marks, line ends and its strict refusals.
#include "Csv.h"
#include "Error.h"

#include <QtTest>

using namespace lieu;
using namespace Qt::StringLiterals;

class TstCsv : public QObject
{
    Q_OBJECT

private:
    static Error refusal(const QByteArray &bytes)
    {
        try {
            csv::parse(bytes);
        } catch (const Error &e) {
            return e;
        }
        return Error::rule(u"no error"_s);
    }

private Q_SLOTS:
    void quotedCommasQuotesAndLineBreaks()
    {
        const auto doc = csv::parse("a,b,c\n"
                                    "1,\"x, y\",\"say \"\"hi\"\"\"\n"
                                    "2,\"two\nlines\",\"\"\n"
                                    "3,plain,last\n");
        QCOMPARE(doc.separator, QLatin1Char(','));
        QCOMPARE(doc.records.size(), 4);
        QCOMPARE(doc.records[1].fields, (QStringList{u"1"_s, u"x, y"_s, u"say \"hi\""_s}));
        QCOMPARE(doc.records[2].fields, (QStringList{u"2"_s, u"two\nlines"_s, QString()}));
        QCOMPARE(doc.records[2].line, 3);
        // The record after a field that spans two lines starts on line 5.
        QCOMPARE(doc.records[3].line, 5);
        QCOMPARE(doc.records[3].fields, (QStringList{u"3"_s, u"plain"_s, u"last"_s}));
    }

    void crlfInsideAndOutsideQuotes()
    {
        const auto doc = csv::parse("a,b\r\n1,\"x\r\ny\"\r\n2,z\r\n");
        QCOMPARE(doc.records.size(), 3);
        QCOMPARE(doc.records[1].fields.at(1), u"x\ny"_s);
        QCOMPARE(doc.records[2].line, 4);
        QCOMPARE(doc.records[2].fields, (QStringList{u"2"_s, u"z"_s}));
    }

    void oldMacLineEnds()
    {
        const auto doc = csv::parse("a,b\r1,2\r3,4");
        QCOMPARE(doc.records.size(), 3);
        QCOMPARE(doc.records[2].fields, (QStringList{u"3"_s, u"4"_s}));
        QCOMPARE(doc.records[2].line, 3);
    }

    void separatorDetection_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QChar>("separator");
        QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << QChar(u',');
        QTest::newRow("semicolon") << QByteArray("a;b;c\n1,5;2;3\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("a\tb\tc\n1\t2\t3\n") << QChar(u'\t');
        QTest::newRow("semicolon, commas quoted") << QByteArray("\"x,y,z\";b\n1;2\n") << QChar(u';');
        QTest::newRow("one column") << QByteArray("a\n1\n") << QChar(u',');
    }

    void separatorDetection()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QChar, separator);
        const auto doc = csv::parse(bytes);
        QCOMPARE(doc.separator, separator);
        QCOMPARE(doc.records.size(), 2);
    }

    void semicolonFieldsKeepDecimalCommas()
    {
        const auto doc = csv::parse("Datum;Dauer\n16.03.2026;7,5\n");
        QCOMPARE(doc.records[1].fields, (QStringList{u"16.03.2026"_s, u"7,5"_s}));
    }

    void byteOrderMarks()
    {
        const auto utf8 = csv::parse("\xEF\xBB\xBFName,Caf\xC3\xA9\n1,2\n");
        QCOMPARE(utf8.encoding, u"UTF-8 with BOM"_s);
        QCOMPARE(utf8.records[0].fields, (QStringList{u"Name"_s, u"Café"_s}));

        const QString text = u"Name;Zeit\r\nJosé;1\r\n"_s;
        QByteArray le("\xFF\xFE");
        for (QChar c : text) {
            le.append(char(c.unicode() & 0xFF));
            le.append(char(c.unicode() >> 8));
        }
        const auto utf16 = csv::parse(le);
        QCOMPARE(utf16.encoding, u"UTF-16LE"_s);
        QCOMPARE(utf16.separator, QLatin1Char(';'));
        QCOMPARE(utf16.records[1].fields, (QStringList{u"José"_s, u"1"_s}));
    }

    void windows1252Fallback()
    {
        const auto doc = csv::parse("a,b\nCaf\xE9,\x80 5\n");
        QCOMPARE(doc.encoding, u"Windows-1252"_s);
        QCOMPARE(doc.records[1].fields, (QStringList{u"Café"_s, u"€ 5"_s}));
    }

    void blankLinesAndTrailingNewlines()
    {
        const auto doc = csv::parse("a,b\n\n1,2\n\n\n3,4\n\n");
        QCOMPARE(doc.records.size(), 3);
        QCOMPARE(doc.records[1].line, 3);
        QCOMPARE(doc.records[2].line, 6);
    }

    void emptyFieldsAndTrailingSeparator()
    {
        const auto doc = csv::parse("a,b,c\n,,\n1,2,\n");
        QCOMPARE(doc.records[1].fields, (QStringList{QString(), QString(), QString()}));
        QCOMPARE(doc.records[2].fields, (QStringList{u"1"_s, u"2"_s, QString()}));
    }

    void spacesAroundQuotedFields()
    {
        const auto doc = csv::parse("a,b\n1, \"x,y\" \n");
        QCOMPARE(doc.records[1].fields, (QStringList{u"1"_s, u"x,y"_s}));
    }

    void unterminatedQuoteIsRefused()
    {
        const Error e = refusal("a,b,c\n1,2,3\n4,\"never closed,6\n7,8,9\n");
        QCOMPARE(e.kind(), Error::Kind::Invalid);
        QCOMPARE(e.field(), u"line 3, column 2"_s);
        QVERIFY(e.value().startsWith(u"\"never closed,6"_s));
        QVERIFY2(e.message().contains(u"never closed"_s), qPrintable(e.message()));
    }

    void textAfterClosingQuoteIsRefused()
    {
        const Error e = refusal("a,b\n1,\"x\"y\n");
        QCOMPARE(e.field(), u"line 2, column 2"_s);
        QCOMPARE(e.value(), u"y"_s);
    }

    void raggedRowsAreRefused()
    {
        Error more = refusal("a,b,c\n1,2,3\n1,2,3,4\n");
        QCOMPARE(more.field(), u"line 3, column 4"_s);
        QCOMPARE(more.value(), u"4"_s);
        QCOMPARE(more.message(), u"line 3 has 4 fields where the header has 3"_s);
        Error fewer = refusal("a,b,c\n1,2,3\n\n1,2\n");
        QCOMPARE(fewer.field(), u"line 4, column 3"_s);
        QCOMPARE(fewer.message(), u"line 4 has 2 fields where the header has 3"_s);
    }

    void emptyFileIsRefused()
    {
        QCOMPARE(refusal("").field(), u"file"_s);
        QCOMPARE(refusal("\xEF\xBB\xBF\n\n").field(), u"file"_s);
    }

    void bareQuoteInsideUnquotedFieldIsText()
    {
        const auto doc = csv::parse("a,b\n5\" screen,2\n");
        QCOMPARE(doc.records[1].fields.first(), u"5\" screen"_s);
    }
};

QTEST_GUILESS_MAIN(TstCsv)
#include "tst_csv.moc"
