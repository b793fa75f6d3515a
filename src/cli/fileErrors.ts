import { SlimscopeError } from '../base/errors';

const PROBLEMS: Record<string, [problem: string, hint: string]> = {
  ENOENT: ['No such file or folder.', 'Check the path (and that the folder you write into exists).'],
  ENOTDIR: ['A part of this path is a file, not a folder.', 'Check the path.'],
  EISDIR: ['This is a folder; a file is needed here.', 'Give a file path.'],
  EACCES: ['Permission denied.', 'Check the file permissions.'],
  EPERM: ['Permission denied.', 'Check the file permissions.'],
  ENOSPC: ['The disk is full.', 'Free some space and run the command again.'],
  EROFS: ['The file system is read-only.', 'Write somewhere else.'],
};

/** A Node file-system error (a missing input, an --out folder that does not exist) as a SlimscopeError. */
export function fileSystemError(e: unknown): SlimscopeError | undefined {
  if (!(e instanceof Error)) return undefined;
  const { code, path } = e as NodeJS.ErrnoException;
  const known = code ? PROBLEMS[code] : undefined;
  if (!known) return undefined;
  return new SlimscopeError({
    code: code === 'ENOENT' ? 'NOT_FOUND' : 'UNSUPPORTED',
    file: path ?? '',
    problem: known[0],
    hint: known[1],
    cause: e,
  });
}
