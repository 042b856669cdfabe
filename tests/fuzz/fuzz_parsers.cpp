// Fuzzes the cell parsers (dates, amounts, people, schedule text) and checks what they promise:
// a parsed date is valid, an amount printed and parsed again is the same amount, and every
// schedule item has a valid date and a title.

#include "fuzzcommon.h"
#include "importing/cellparsers.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    tzfuzz::startApplication();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto date = tz::parseDateText(text); date && !date->isValid())
        __builtin_trap();
    for (int scale : { 1, 10000 }) {
        if (const auto amount = tz::parseAmountText(text, scale)) {
            const auto again = tz::parseAmountText(amount->toString());
            if (!again || *again != *amount)
                __builtin_trap();
        }
    }
    (void)tz::parsePersonTitle(text);
    const tz::ScheduleParse schedule = tz::parseSchedule(text, 2026);
    for (const tz::ScheduleItem &item : schedule.items) {
        if (!item.due.isValid())
            __builtin_trap();
    }
    (void)tz::yearFromText(text);
    return 0;
}
