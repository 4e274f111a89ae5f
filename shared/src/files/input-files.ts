import { constants } from 'node:fs';
import { access, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { ConfigurationError } from '../errors.js';

/**
 * Reads a file named by an input, refusing directories, missing files and files larger than `maxBytes`
 * with a message that names the input.
 */
export async function readInputFile(input: string, path: string, maxBytes: number): Promise<Buffer> {
  const full = resolve(path);
  const info = await stat(full).catch(() => undefined);
  if (!info)
    throw new ConfigurationError(
      'FILE_NOT_FOUND',
      `Input "${input}": ${path} does not exist`,
      `Set "${input}" to an existing file (relative paths start at the workspace)`,
    );
  if (!info.isFile())
    throw new ConfigurationError(
      'FILE_NOT_REGULAR',
      `Input "${input}": ${path} is not a regular file`,
      `Set "${input}" to a file, not a directory`,
    );
  if (info.size > maxBytes)
    throw new ConfigurationError(
      'FILE_TOO_LARGE',
      `Input "${input}": ${path} is ${info.size} bytes, more than the ${maxBytes} such a file can be`,
      `Check that "${input}" names the right file`,
    );
  return readFile(full);
}

/**
 * Refuses, before any work is done, an output path that is a directory or whose folder could not be made or written
 * (the nearest folder of it that exists must be a writable directory). Nothing is created.
 */
export async function checkOutputPath(input: string, path: string): Promise<void> {
  const full = resolve(path);
  if ((await stat(full).catch(() => undefined))?.isDirectory())
    throw new ConfigurationError(
      'FILE_NOT_REGULAR',
      `Input "${input}": ${path} is a directory`,
      `Set "${input}" to a file path`,
    );
  let folder = dirname(full);
  let info = await stat(folder).catch(() => undefined);
  while (!info && dirname(folder) !== folder) {
    folder = dirname(folder);
    info = await stat(folder).catch(() => undefined);
  }
  const problem = !info?.isDirectory()
    ? 'ENOTDIR'
    : await access(folder, constants.W_OK).then(
        () => undefined,
        (error: NodeJS.ErrnoException) => error.code ?? 'error',
      );
  if (problem) throw notWritable(input, path, problem);
}

/** An output that could not be written, named by its input, with the fix. */
export function notWritable(input: string, path: string, code: string, cause?: unknown): ConfigurationError {
  return new ConfigurationError(
    'OUTPUT_NOT_WRITABLE',
    `Input "${input}": cannot write ${path} (${code})`,
    `Set "${input}" to a writable file path in the workspace`,
    cause === undefined ? undefined : { cause },
  );
}

/** Writes a file named by an input, creating its folder; a directory or an unwritable path is refused. */
export async function writeOutputFile(
  input: string,
  path: string,
  content: string | Buffer,
): Promise<string> {
  await checkOutputPath(input, path);
  const full = resolve(path);
  try {
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, content);
  } catch (error) {
    throw notWritable(input, path, (error as NodeJS.ErrnoException).code ?? 'error', error);
  }
  return full;
}
