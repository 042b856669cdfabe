#include "numericlocale.h"

#include <clocale>

namespace tz {

CNumericLocale::CNumericLocale()
{
    // setlocale returns a pointer into static storage that the next call overwrites: copy it.
    if (const char *current = std::setlocale(LC_NUMERIC, nullptr)) {
        m_previous = current;
        m_restore = m_previous != "C";
    }
    if (m_restore)
        std::setlocale(LC_NUMERIC, "C");
}

CNumericLocale::~CNumericLocale()
{
    if (m_restore)
        std::setlocale(LC_NUMERIC, m_previous.c_str());
}

} // namespace tz
