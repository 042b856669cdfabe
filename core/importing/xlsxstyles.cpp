#include "xlsxstyles.h"

#include "xmlentryreader.h"

#include <QHash>

namespace tz {

NumberFormatKind XlsxStyles::builtInKind(int id)
{
    if ((id >= 14 && id <= 17) || id == 22 || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return NumberFormatKind::Date;
    if ((id >= 18 && id <= 21) || (id >= 45 && id <= 47))
        return NumberFormatKind::Time;
    return NumberFormatKind::Number;
}

bool XlsxStyles::read(ZipArchive &zip, const QString &part, const QString &where, QString *error)
{
    XmlEntryReader xml(zip, part, where);
    if (!xml.open()) {
        *error = xml.error();
        return false;
    }
    QHash<int, QString> custom;
    QVector<int> formatIds;
    bool inCellXfs = false;
    while (xml.next()) {
        if (xml.isStart(u"numFmt")) {
            bool ok = false;
            const int id = xml.attribute(u"numFmtId").toInt(&ok);
            if (ok)
                custom.insert(id, xml.attribute(u"formatCode"));
        } else if (xml.isStart(u"cellXfs")) {
            inCellXfs = true;
        } else if (xml.isEnd(u"cellXfs")) {
            inCellXfs = false;
        } else if (inCellXfs && xml.isStart(u"xf")) {
            // Only cellXfs: the cell's s attribute indexes them, not cellStyleXfs.
            formatIds.append(xml.attribute(u"numFmtId").toInt());
            if (!xml.skipElement())
                break;
        }
    }
    if (xml.failed()) {
        *error = xml.error();
        return false;
    }
    m_styles.clear();
    m_styles.reserve(formatIds.size());
    for (const int id : formatIds) {
        Style s;
        const auto it = custom.constFind(id);
        if (it != custom.constEnd()) {
            s.code = *it;
            s.kind = classifyNumberFormat(s.code);
        } else {
            s.code = builtInNumberFormat(id);
            s.kind = builtInKind(id);
        }
        m_styles.append(s);
    }
    return true;
}

NumberFormatKind XlsxStyles::kind(int styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_styles.size() ? m_styles.at(styleIndex).kind
                                                           : NumberFormatKind::Number;
}

QString XlsxStyles::formatCode(int styleIndex) const
{
    return styleIndex >= 0 && styleIndex < m_styles.size() ? m_styles.at(styleIndex).code : QString();
}

} // namespace tz
