#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <zip.h>

// A one-sheet workbook at dir/name (UTF-8) with the given worksheet part, bytes as they are
// (any encoding), written with libzip as any program would: for the XML scanner's cases that no
// file under data/ has. The worksheet is stored rather than deflated when asked, so that a test
// can change bytes of it in the file without the change turning into garbage XML. Returns the
// path, or empty when it could not be written.
inline QString writeOneSheetBook(const QString &dir, const char *name, const QByteArray &sheetXml, bool stored = false)
{
    const QString path = dir + u'/' + QString::fromUtf8(name);
    int code = 0;
    zip_t *z = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &code);
    if (!z)
        return {};
    static const QByteArray workbook = R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表1" sheetId="1" r:id="rId1"/></sheets></workbook>)";
    static const QByteArray rels = R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>)";
    const std::pair<const char *, const QByteArray *> entries[] = {
        { "xl/workbook.xml", &workbook }, { "xl/_rels/workbook.xml.rels", &rels }, { "xl/worksheets/sheet1.xml", &sheetXml }
    };
    for (const auto &[entry, bytes] : entries) {
        zip_source_t *src = zip_source_buffer(z, bytes->constData(), zip_uint64_t(bytes->size()), 0);
        const zip_int64_t index = src ? zip_file_add(z, entry, src, ZIP_FL_OVERWRITE) : -1;
        if (index < 0 || (stored && zip_set_file_compression(z, zip_uint64_t(index), ZIP_CM_STORE, 0) < 0)) {
            if (index < 0)
                zip_source_free(src);
            zip_discard(z);
            return {};
        }
    }
    return zip_close(z) == 0 ? path : QString();
}
