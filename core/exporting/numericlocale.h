#pragma once

#include <string>

namespace tz {

// Sets LC_NUMERIC to "C" for its lifetime and puts the previous setting back. libxlsxwriter
// 1.1.4 prints numbers with printf, which follows LC_NUMERIC, and QCoreApplication sets the
// locale from the environment: under a locale with a decimal comma, 1234.5 would be written
// as "1234,5" and the file would be corrupt. The exporter holds one of these around the whole
// write so no caller has to remember. setlocale is process-wide: export from one thread only.
class CNumericLocale
{
public:
    CNumericLocale();
    ~CNumericLocale();
    CNumericLocale(const CNumericLocale &) = delete;
    CNumericLocale &operator=(const CNumericLocale &) = delete;

private:
    std::string m_previous;
    bool m_restore = false;
};

} // namespace tz
