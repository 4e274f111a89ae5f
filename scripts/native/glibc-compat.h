/*
 * Force-included (-include) into every pkcs11js source file for the Linux targets by scripts/build-native.ts.
 *
 * glibc 2.34 moved dlopen, dlsym, dlerror and dlclose from libdl into libc and gave them a new symbol version
 * (GLIBC_2.34). A binding linked on a newer system therefore refuses to load on RHEL 8, Debian 10/11 or Ubuntu 20.04.
 * Binding them to the version every glibc since the architecture's first one has (GLIBC_2.2.5 on x86-64,
 * GLIBC_2.17 on aarch64), and linking libdl.so.2 beside libc, gives the references a binary built on the old system
 * would have: on glibc < 2.34 they resolve in libdl, on newer ones in libc's compatibility symbols.
 */
#if defined(__x86_64__)
#define BYOK_GLIBC_BASE "GLIBC_2.2.5"
#elif defined(__aarch64__)
#define BYOK_GLIBC_BASE "GLIBC_2.17"
#else
#error "glibc-compat.h: no base symbol version known for this architecture"
#endif

__asm__(".symver dlopen,dlopen@" BYOK_GLIBC_BASE);
__asm__(".symver dlsym,dlsym@" BYOK_GLIBC_BASE);
__asm__(".symver dlerror,dlerror@" BYOK_GLIBC_BASE);
__asm__(".symver dlclose,dlclose@" BYOK_GLIBC_BASE);

/*
 * glibc 2.38 headers (Ubuntu 24.04, Debian 13) send strtol and the functions inlined over it (atoi, which pkcs11js
 * uses for CK_DATE fields) to their C23 versions, __isoc23_strtol@GLIBC_2.38, whenever _GNU_SOURCE is defined, and
 * g++ always defines it. For the decimal numbers pkcs11js parses both behave the same: keep the classic ones.
 * (The macro was named C2X_STRTOL in 2.38 and 2.39, C23_STRTOL from 2.40.) No effect on older glibc.
 */
#include <features.h>
#if __GLIBC_PREREQ(2, 38)
#undef __GLIBC_USE_C2X_STRTOL
#define __GLIBC_USE_C2X_STRTOL 0
#undef __GLIBC_USE_C23_STRTOL
#define __GLIBC_USE_C23_STRTOL 0
#endif
