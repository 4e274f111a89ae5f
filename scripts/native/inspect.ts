import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { BASELINE, type Target } from './targets.js';

/**
 * What a built binding asks of the host that loads it, read with binutils (readelf for ELF of any architecture,
 * objdump for PE), and the checks a binary for a target must pass.
 */
export interface BinaryFacts {
  format: 'elf' | 'pe' | 'unknown';
  machine: string;
  /** ELF: NEEDED libraries; PE: imported DLLs. */
  imports: string[];
  /** ELF: newest symbol version needed per prefix (GLIBC, GLIBCXX, CXXABI, GCC). */
  newest: Record<string, string>;
  /** The Node-API entry point is exported. */
  registersModule: boolean;
}

const run = promisify(execFile);

async function tool(command: string, args: string[]): Promise<string> {
  return (await run(command, args, { maxBuffer: 16 * 1024 * 1024, env: { ...process.env, LC_ALL: 'C' } }))
    .stdout;
}

export function compareVersions(a: string, b: string): number {
  const left = a.split('.').map(Number);
  const right = b.split('.').map(Number);
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0);
    if (difference !== 0) return Math.sign(difference);
  }
  return 0;
}

/** Newest version per prefix among `Name: GLIBC_2.17`-style entries of `readelf -V` (the version needs). */
export function newestVersions(readelfVersions: string): Record<string, string> {
  const newest: Record<string, string> = {};
  const needs = readelfVersions.split(/Version needs section/)[1] ?? '';
  for (const [, prefix, version] of needs.matchAll(/Name: ([A-Z]+)_([0-9][0-9.]*)/g)) {
    const seen = newest[prefix as string];
    if (seen === undefined || compareVersions(version as string, seen) > 0)
      newest[prefix as string] = version as string;
  }
  return newest;
}

export async function inspectBinary(file: string): Promise<BinaryFacts> {
  const header = await tool('objdump', ['-f', file]).catch(() => '');
  if (/file format pei?-/.test(header)) {
    const pe = await tool('objdump', ['-p', file]);
    return {
      format: 'pe',
      machine: /architecture: ([^,\s]+)/.exec(header)?.[1] ?? '',
      imports: [...pe.matchAll(/DLL Name: (\S+)/g)].map((match) => match[1] as string),
      newest: {},
      registersModule: /\]\s+napi_register_module_v1\b/.test(pe),
    };
  }
  const elf = await tool('readelf', ['-h', file]).catch(() => '');
  if (!/ELF/.test(elf))
    return { format: 'unknown', machine: '', imports: [], newest: {}, registersModule: false };
  const [dynamic, versions, symbols] = await Promise.all([
    tool('readelf', ['-d', '-W', file]),
    tool('readelf', ['-V', '-W', file]),
    tool('readelf', ['--dyn-syms', '-W', file]),
  ]);
  return {
    format: 'elf',
    machine: /Machine:\s+(.+)/.exec(elf)?.[1]?.trim() ?? '',
    imports: [...dynamic.matchAll(/\(NEEDED\)\s+Shared library: \[([^\]]+)\]/g)].map(
      (match) => match[1] as string,
    ),
    newest: newestVersions(versions),
    registersModule: / FUNC +GLOBAL +DEFAULT +\d+ napi_register_module_v1$/m.test(symbols),
  };
}

/** Everything wrong with `facts` for `target`; empty when the binary is fit to ship. */
export function problemsOf(target: Target, facts: BinaryFacts): string[] {
  const problems: string[] = [];
  if (facts.format !== target.format.kind || facts.machine !== target.format.machine)
    problems.push(
      `is ${facts.format} ${facts.machine || '(unknown machine)'}, not ${target.format.kind} ${target.format.machine}`,
    );
  const allowed = new Set(target.imports.map((name) => name.toLowerCase()));
  for (const name of facts.imports)
    if (!allowed.has(name.toLowerCase()))
      problems.push(`imports ${name}, which is not among ${target.imports.join(', ')}`);
  for (const [prefix, limit] of Object.entries(BASELINE)) {
    const needed = facts.newest[prefix];
    if (needed !== undefined && compareVersions(needed, limit) > 0)
      problems.push(`needs ${prefix}_${needed}, newer than the baseline ${prefix}_${limit}`);
  }
  if (!facts.registersModule) problems.push('does not export napi_register_module_v1 (not a Node-API addon)');
  return problems;
}

export function describeFacts(facts: BinaryFacts): string {
  const versions = Object.entries(facts.newest)
    .map(([prefix, version]) => `${prefix}_${version}`)
    .join(' ');
  return `${facts.format} ${facts.machine}; imports ${facts.imports.join(' ')}${versions ? `; newest ${versions}` : ''}`;
}
