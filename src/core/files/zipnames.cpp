#include "zipnames.h"

#include <QCoreApplication>
#include <QStringDecoder>
#include <QtEndian>

#include <zlib.h>

namespace Ids::Core::ZipNames {

namespace {

// IBM code page 437, bytes 0x80–0xFF (APPNOTE.TXT appendix D: the default for names without bit 11).
// Built in, so it needs no ICU.
constexpr char16_t Cp437High[128] = {
    0x00C7, 0x00FC, 0x00E9, 0x00E2, 0x00E4, 0x00E0, 0x00E5, 0x00E7, 0x00EA, 0x00EB, 0x00E8, 0x00EF, 0x00EE,
    0x00EC, 0x00C4, 0x00C5, 0x00C9, 0x00E6, 0x00C6, 0x00F4, 0x00F6, 0x00F2, 0x00FB, 0x00F9, 0x00FF, 0x00D6,
    0x00DC, 0x00A2, 0x00A3, 0x00A5, 0x20A7, 0x0192, 0x00E1, 0x00ED, 0x00F3, 0x00FA, 0x00F1, 0x00D1, 0x00AA,
    0x00BA, 0x00BF, 0x2310, 0x00AC, 0x00BD, 0x00BC, 0x00A1, 0x00AB, 0x00BB, 0x2591, 0x2592, 0x2593, 0x2502,
    0x2524, 0x2561, 0x2562, 0x2556, 0x2555, 0x2563, 0x2551, 0x2557, 0x255D, 0x255C, 0x255B, 0x2510, 0x2514,
    0x2534, 0x252C, 0x251C, 0x2500, 0x253C, 0x255E, 0x255F, 0x255A, 0x2554, 0x2569, 0x2566, 0x2560, 0x2550,
    0x256C, 0x2567, 0x2568, 0x2564, 0x2565, 0x2559, 0x2558, 0x2552, 0x2553, 0x256B, 0x256A, 0x2518, 0x250C,
    0x2588, 0x2584, 0x258C, 0x2590, 0x2580, 0x03B1, 0x00DF, 0x0393, 0x03C0, 0x03A3, 0x03C3, 0x00B5, 0x03C4,
    0x03A6, 0x0398, 0x03A9, 0x03B4, 0x221E, 0x03C6, 0x03B5, 0x2229, 0x2261, 0x00B1, 0x2265, 0x2264, 0x2320,
    0x2321, 0x00F7, 0x2248, 0x00B0, 0x2219, 0x00B7, 0x221A, 0x207F, 0x00B2, 0x25A0, 0x00A0,
};

// The ICU names Qt's QStringDecoder accepts for the Windows ANSI code pages (checked on Debian 12, Qt 6.4.2
// with ICU 72: "Shift_JIS" and "windows-31j" both decode 95 5C as 表; "windows-949" is the Unified Hangul
// Code superset of EUC-KR that Korean Windows writes).
const char *icuName(ZipCodePage page)
{
    switch (page) {
    case ZipCodePage::ShiftJis:
        return "windows-31j";
    case ZipCodePage::Gbk:
        return "windows-936";
    case ZipCodePage::Big5:
        return "windows-950";
    case ZipCodePage::Cp949:
        return "windows-949";
    case ZipCodePage::Cp437:
        break;
    }
    return nullptr;
}

// Characters frequent in the names people give photos and folders, per language. A decoding that turns
// the bytes into these is far likelier right than one that makes rare characters of them: the same bytes
// are valid in several East Asian pages (Korean B0–C8 rows are also GB2312 and Big5 characters).
const QString &frequentKorean()
{
    static const QString text = QString::fromUtf8(
        "이의다는에을를하고가지기서사로도자리어나대한정인시수부아전게보구여해상있일그주들제우으장국스동원소만성"
        "방면경것문와안신과화비라무요내관오실세적트분공회위생용데물개연음말중모터드니러르마발진행바늘풍여름겨울봄"
        "가을집엄빠학교친구산강길꽃밤낮날별달해변도시미술작품영상파일폴더새사람얼굴모습배경거리카페음식고양이강아"
        "지우리나라서울부산제주호수숲나무하늘바다구름눈비");
    return text;
}

const QString &frequentChinese()
{
    // Simplified and traditional forms of the most frequent characters, with words for photos and places.
    static const QString text = QString::fromUtf8(
        "的一是不了人我在有他这为之大来以个中上们到说国和地也子时道出而要于就下得可你年生自会那后能对着事其里所去"
        "行过家十用发天如然作方成者多日都三小军二无同么经法当起与好看学进种将还分此心前面又定见只主没公从知這為們"
        "來個說國時過會後對裡發還種將從無經當與見學進點照片图圖像风風景旅游遊猫貓狗花山海城市建筑築人物肖像背景"
        "新年春夏秋冬北京上海香港台湾灣东東西南女男孩儿兒童朋友生活美食咖啡店街道夜晚早晨天空云雲水河湖树樹林草"
        "园園公画畫作品设設计計素材第张張组組集合相册冊");
    return text;
}

const QString &frequentJapanese()
{
    static const QString text = QString::fromUtf8(
        "日本人年大一中出子上下写真画像表紙東京大阪京都名古屋北海道沖縄旅行猫犬花山海空雲夜朝風景桜春夏秋冬家族"
        "友達学校公園駅町市村新作品素材背景女男子供料理店街道川湖森木草");
    return text;
}

// How plausible the decoded name is for the page: frequent characters count most, the page's own script
// next; characters only a wrong decoding makes (private use, half-width katakana from EUC bytes) count
// against it. Per character, so long names do not win by length.
double plausibility(const QString &decoded, ZipCodePage page)
{
    double score = 0;
    int counted = 0;
    for (const QChar c : decoded) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        ++counted;
        const bool hangul = u >= 0xAC00 && u <= 0xD7A3;
        const bool kana = u >= 0x3040 && u <= 0x30FF;
        const bool ideograph = u >= 0x4E00 && u <= 0x9FFF;
        const bool halfwidthKana = u >= 0xFF61 && u <= 0xFF9F;
        if ((u >= 0xE000 && u <= 0xF8FF) || c.isSurrogate() || u == 0xFFFD) {
            score -= 2;
        } else if (page == ZipCodePage::Cp949) {
            score += hangul ? (frequentKorean().contains(c) ? 3 : 1) : ideograph ? 0.2 : 0.3;
        } else if (page == ZipCodePage::ShiftJis) {
            score += kana ? 3 : ideograph ? (frequentJapanese().contains(c) ? 3 : 1) : halfwidthKana ? 0.1 : 0.3;
        } else {
            score += ideograph ? (frequentChinese().contains(c) ? 3 : 1) : kana ? 0.2 : 0.3;
        }
    }
    return counted == 0 ? 0 : score / counted;
}

bool strictDecode(const QByteArray &raw, const char *name, QString *out)
{
    QStringDecoder decoder(name, QStringDecoder::Flag::Stateless);
    if (!decoder.isValid())
        return false;
    *out = decoder.decode(raw);
    return !decoder.hasError();
}

} // namespace

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    [[maybe_unused]] const QString decoded = decoder.decode(bytes);
    return !decoder.hasError();
}

bool canDecode(ZipCodePage page)
{
    const char *name = icuName(page);
    return !name || QStringDecoder(name).isValid();
}

QString codePageName(ZipCodePage page)
{
    switch (page) {
    case ZipCodePage::Cp437:
        return QStringLiteral("CP437");
    case ZipCodePage::ShiftJis:
        return QStringLiteral("Shift_JIS");
    case ZipCodePage::Gbk:
        return QStringLiteral("GBK");
    case ZipCodePage::Big5:
        return QStringLiteral("Big5");
    case ZipCodePage::Cp949:
        return QStringLiteral("CP949");
    }
    return {};
}

QString decode(const QByteArray &raw, ZipCodePage page)
{
    if (const char *name = icuName(page)) {
        QString decoded;
        if (strictDecode(raw, name, &decoded))
            return decoded;
        // Not this page after all (or no ICU): CP437 below never fails.
    }
    QString result;
    result.reserve(raw.size());
    for (const char byte : raw) {
        const auto u = static_cast<unsigned char>(byte);
        result += u < 0x80 ? QChar(char16_t(u)) : QChar(Cp437High[u - 0x80]);
    }
    return result;
}

ZipCodePage detectCodePage(const QList<QByteArray> &rawNames)
{
    QList<QByteArray> highNames;
    for (const QByteArray &raw : rawNames) {
        if (std::any_of(raw.cbegin(), raw.cend(), [](char c) { return static_cast<unsigned char>(c) >= 0x80; }))
            highNames.append(raw);
    }
    if (highNames.isEmpty())
        return ZipCodePage::Cp437;
    ZipCodePage best = ZipCodePage::Cp437;
    // Below this a page decoded the bytes but into rare characters: CP437 (Western names) is likelier.
    double bestScore = 0.9;
    for (const ZipCodePage page : {ZipCodePage::ShiftJis, ZipCodePage::Gbk, ZipCodePage::Big5, ZipCodePage::Cp949}) {
        const char *name = icuName(page);
        double total = 0;
        bool all = true;
        for (const QByteArray &raw : std::as_const(highNames)) {
            QString decoded;
            if (!strictDecode(raw, name, &decoded)) {
                all = false;
                break;
            }
            total += plausibility(decoded, page);
        }
        const double score = all ? total / double(highNames.size()) : 0;
        if (score > bestScore) {
            bestScore = score;
            best = page;
        }
    }
    return best;
}

QString unicodePathField(const QByteArray &extra, const QByteArray &rawName)
{
    qsizetype offset = 0;
    while (offset + 4 <= extra.size()) {
        const quint16 id = qFromLittleEndian<quint16>(extra.constData() + offset);
        const quint16 size = qFromLittleEndian<quint16>(extra.constData() + offset + 2);
        if (offset + 4 + size > extra.size())
            return {};
        if (id == 0x7075 && size >= 5 && extra.at(offset + 4) == 1) {
            const quint32 crc = qFromLittleEndian<quint32>(extra.constData() + offset + 5);
            const quint32 actual =
                quint32(crc32(0, reinterpret_cast<const Bytef *>(rawName.constData()), uInt(rawName.size())));
            const QByteArray utf8 = extra.mid(offset + 9, size - 5);
            if (crc == actual && !utf8.isEmpty() && isValidUtf8(utf8))
                return QString::fromUtf8(utf8);
            return {};
        }
        offset += 4 + size;
    }
    return {};
}

bool isWindowsHost(quint16 versionMadeBy)
{
    const int host = versionMadeBy >> 8;
    return host == 0 || host == 11 || host == 14; // MS-DOS/FAT, NTFS, VFAT (APPNOTE.TXT 4.4.2.2)
}

QString normaliseSeparators(const QString &name, bool madeByWindows)
{
    if (!madeByWindows)
        return name;
    QString result = name;
    result.replace(QLatin1Char('\\'), QLatin1Char('/'));
    return result;
}

QString unsafeNameProblem(const QString &name)
{
    if (name.isEmpty())
        return QCoreApplication::translate("Ids::Core::ZipArchive", "an entry has no name");
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return QCoreApplication::translate("Ids::Core::ZipArchive", "an entry name holds control characters");
    }
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')))
        return QCoreApplication::translate("Ids::Core::ZipArchive", "an entry has an absolute path");
    if (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter())
        return QCoreApplication::translate("Ids::Core::ZipArchive", "an entry name starts with a drive letter");
    // Both separators, whatever the host: "..\" climbs out on Windows, where the files may be extracted.
    QString unified = name;
    unified.replace(QLatin1Char('\\'), QLatin1Char('/'));
    static const QStringList devices {QStringLiteral("CON"), QStringLiteral("PRN"), QStringLiteral("AUX"),
                                      QStringLiteral("NUL")};
    for (const QString &part : unified.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return QCoreApplication::translate("Ids::Core::ZipArchive", "an entry name climbs out of the archive (..)");
        // Windows device names, with or without an extension ("con.jpg" opens the console there).
        const QString base = part.section(QLatin1Char('.'), 0, 0).trimmed().toUpper();
        const bool numbered = base.size() == 4
            && (base.startsWith(QLatin1String("COM")) || base.startsWith(QLatin1String("LPT")))
            && base.at(3) >= QLatin1Char('1') && base.at(3) <= QLatin1Char('9');
        if (devices.contains(base) || numbered)
            return QCoreApplication::translate("Ids::Core::ZipArchive", "an entry name is a device name (%1)")
                .arg(base);
    }
    return {};
}

} // namespace Ids::Core::ZipNames
