// Makes the pseudo-localisation: reads a .ts written by lupdate from the current sources and writes it back
// with every message "translated" to its source text 40 % longer and wrapped in brackets:
//   "&Add Images…"  →  "[&Add Images… abcde]"
// Placeholders (%1, %n, %L2), mnemonics (&) and markup are kept as they are: only text is added, after each
// line. A label that fits its English text but not this one would be cut in the next, longer language.
// usage: ids-pseudo-ts <in.ts> <out.ts>
#include <QCoreApplication>
#include <QFile>
#include <QStringList>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cmath>
#include <cstdio>

namespace {

QString lengthen(const QString &source)
{
    QStringList lines = source.split(QLatin1Char('\n'));
    for (QString &line : lines) {
        if (line.isEmpty())
            continue;
        // Brackets count towards the 40 %: a line of 10 characters becomes 14.
        const int extra = std::max(0, int(std::ceil(line.size() * 0.4)) - 2);
        QString padding;
        for (int i = 0; i < extra; ++i)
            padding += QLatin1Char(char('a' + i % 26));
        line = QLatin1Char('[') + line + (padding.isEmpty() ? QString() : QLatin1Char(' ') + padding.mid(1))
            + QLatin1Char(']');
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: ids-pseudo-ts <in.ts> <out.ts>\n");
        return 2;
    }
    QFile in(args.at(1));
    QFile out(args.at(2));
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "ids-pseudo-ts: cannot open %s or %s\n", qPrintable(args.at(1)), qPrintable(args.at(2)));
        return 1;
    }
    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(QStringLiteral("<!DOCTYPE TS>"));
    int messages = 0;
    QString source;
    bool numerus = false;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("TS")) {
                writer.writeStartElement(QStringLiteral("TS"));
                writer.writeAttribute(QStringLiteral("version"), QStringLiteral("2.1"));
                // A language with two plural forms, like English: the brackets show whichever is used.
                writer.writeAttribute(QStringLiteral("language"), QStringLiteral("en"));
            } else if (name == QLatin1String("message")) {
                numerus = reader.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                writer.writeStartElement(QStringLiteral("message"));
                if (numerus)
                    writer.writeAttribute(QStringLiteral("numerus"), QStringLiteral("yes"));
            } else if (name == QLatin1String("source")) {
                source = reader.readElementText();
                writer.writeTextElement(QStringLiteral("source"), source);
            } else if (name == QLatin1String("translation")) {
                reader.skipCurrentElement();
                ++messages;
                writer.writeStartElement(QStringLiteral("translation"));
                if (numerus) {
                    writer.writeTextElement(QStringLiteral("numerusform"), lengthen(source));
                    writer.writeTextElement(QStringLiteral("numerusform"), lengthen(source));
                } else {
                    writer.writeCharacters(lengthen(source));
                }
                writer.writeEndElement();
            } else if (name == QLatin1String("location")) {
                reader.skipCurrentElement();
            } else {
                // context, name, comment, extracomment…: copied with their text
                const QString elementName = name.toString();
                const QXmlStreamAttributes attributes = reader.attributes();
                if (elementName == QLatin1String("context")) {
                    writer.writeStartElement(elementName);
                } else {
                    writer.writeStartElement(elementName);
                    writer.writeAttributes(attributes);
                    writer.writeCharacters(reader.readElementText(QXmlStreamReader::IncludeChildElements));
                    writer.writeEndElement();
                }
            }
        } else if (reader.isEndElement()) {
            const QStringView name = reader.name();
            if (name == QLatin1String("TS") || name == QLatin1String("context") || name == QLatin1String("message"))
                writer.writeEndElement();
        }
    }
    writer.writeEndDocument();
    if (reader.hasError() || messages == 0) {
        std::fprintf(stderr, "ids-pseudo-ts: %s: %s (%d messages)\n", qPrintable(args.at(1)),
                     qPrintable(reader.errorString()), messages);
        return 1;
    }
    return 0;
}
