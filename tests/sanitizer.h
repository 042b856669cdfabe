#pragma once

// Whether this test was built with AddressSanitizer (GCC says so with __SANITIZE_ADDRESS__,
// clang 14 only through __has_feature). Its shadow memory and quarantine count in the peak
// resident memory, so memory ceilings are scaled or not checked under it.
#if defined(__SANITIZE_ADDRESS__)
#define TZ_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TZ_ASAN 1
#endif
#endif
#ifndef TZ_ASAN
#define TZ_ASAN 0
#endif
