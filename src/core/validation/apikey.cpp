#include "apikey.h"

namespace Ids::Core {

ApiKey::Check ApiKey::check(const QString &input)
{
    Check result;
    result.key = input.trimmed();
    if (result.key.isEmpty()) {
        result.reason = tr("Paste your Ideogram API key.");
        return result;
    }
    for (const QChar c : std::as_const(result.key)) {
        if (c.unicode() > 0x7E) {
            result.reason = tr("The key contains a character that is not plain ASCII. Copy the key again from "
                               "the Ideogram dashboard.");
            return result;
        }
        if (c.unicode() < 0x21) {
            result.reason = tr("The key contains a space or a line break. Copy the key again, without the "
                               "text around it.");
            return result;
        }
    }
    if (result.key.size() < MinLength) {
        result.reason = tr("The key is too short to be an Ideogram API key (%1 characters). Copy the whole key.")
                            .arg(result.key.size());
        return result;
    }
    if (result.key.size() > MaxLength) {
        result.reason = tr("The text is too long to be an Ideogram API key. Copy only the key.");
        return result;
    }
    return result;
}

QString ApiKey::masked(const QString &key)
{
    if (key.isEmpty())
        return {};
    return QString(4, QChar(0x2022)) + key.right(4);
}

} // namespace Ids::Core
