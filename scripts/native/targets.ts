import { arch, platform } from 'node:process';

/**
 * The hosts the pkcs11js binding is built for (docs/hsm-hosts.md), and what a binary for each may ask of its host.
 * A target is named `${process.platform}-${process.arch}`, the key the loader looks up at run time.
 */
export type TargetName = 'linux-x64' | 'linux-arm64' | 'win32-x64';

/**
 * The oldest Linux a binary must load on: glibc 2.28 (RHEL 8, Debian 10, Ubuntu 20.04 has 2.31). Node.js 20, 22 and
 * 24 themselves need glibc 2.28, so an older baseline would buy no host. libstdc++ from GCC 8 (RHEL 8, Debian 10).
 */
export const BASELINE: Record<'GLIBC' | 'GLIBCXX' | 'CXXABI', string> = {
  GLIBC: '2.28',
  GLIBCXX: '3.4.25',
  CXXABI: '1.3.11',
};

export interface Target {
  name: TargetName;
  /** What `objdump`/`readelf` report for a correct binary. */
  format: { kind: 'elf'; machine: string } | { kind: 'pe'; machine: string };
  /** The compiler on a Debian/Ubuntu build host, and the package that installs it. */
  compiler: string;
  debianPackage: string;
  /** Shared libraries (ELF) or DLLs (PE) the binary may import; anything else is a host it may not find. */
  imports: string[];
  flags: string[];
}

// The dynamic loader is one when -fstack-protector reads its guard from it (aarch64).
const LINUX_IMPORTS = ['libc.so.6', 'libdl.so.2', 'libstdc++.so.6', 'libgcc_s.so.1', 'libm.so.6'];
const LOADER = { x64: 'ld-linux-x86-64.so.2', arm64: 'ld-linux-aarch64.so.1' };

// Debian's hardening flags (dpkg-buildflags); libdl.so.2 stays needed even when no symbol seems to come from it,
// so that glibc < 2.34 finds dlopen there (scripts/native/glibc-compat.h).
const LINUX_FLAGS = [
  '-fPIC',
  '-fstack-protector-strong',
  '-D_FORTIFY_SOURCE=2',
  '-include',
  'scripts/native/glibc-compat.h',
  '-Wl,-z,relro',
  '-Wl,-z,now',
  '-Wl,--no-as-needed',
  '-l:libdl.so.2',
  '-Wl,--as-needed',
];

const onHost = (name: TargetName) => `${platform}-${arch}` === name;

export const TARGETS: Record<TargetName, Target> = {
  'linux-x64': {
    name: 'linux-x64',
    format: { kind: 'elf', machine: 'Advanced Micro Devices X86-64' },
    compiler: onHost('linux-x64') ? 'g++' : 'x86_64-linux-gnu-g++',
    debianPackage: onHost('linux-x64') ? 'g++' : 'g++-x86-64-linux-gnu',
    imports: [...LINUX_IMPORTS, LOADER.x64],
    flags: LINUX_FLAGS,
  },
  'linux-arm64': {
    name: 'linux-arm64',
    format: { kind: 'elf', machine: 'AArch64' },
    compiler: onHost('linux-arm64') ? 'g++' : 'aarch64-linux-gnu-g++',
    debianPackage: onHost('linux-arm64') ? 'g++' : 'g++-aarch64-linux-gnu',
    imports: [...LINUX_IMPORTS, LOADER.arm64],
    flags: LINUX_FLAGS,
  },
  // MinGW-w64 from Debian: C++ runtime and winpthread linked in, so the DLL needs only what every Windows has and
  // the Node-API functions of node.exe (import library made from node-api-headers' .def). No link timestamp, and a
  // fixed image base (ld would derive one from the output path): the same bytes wherever it is built.
  'win32-x64': {
    name: 'win32-x64',
    format: { kind: 'pe', machine: 'i386:x86-64' },
    compiler: 'x86_64-w64-mingw32-g++-posix',
    debianPackage: 'g++-mingw-w64-x86-64-posix',
    imports: ['NODE.EXE', 'KERNEL32.dll', 'msvcrt.dll'],
    flags: [
      '-static',
      '-static-libgcc',
      '-static-libstdc++',
      '-Wl,--no-insert-timestamp',
      '-Wl,--disable-auto-image-base',
      '-Wno-attributes',
    ],
  },
};

export const TARGET_NAMES = Object.keys(TARGETS) as TargetName[];

export function hostTarget(): TargetName | undefined {
  return TARGET_NAMES.find(onHost);
}
