/** What went wrong with a file or folder, in words: the system's error codes mean nothing to most people. */

const REASONS: Record<string, string> = {
  ENOENT: 'no such file or folder',
  ENOTDIR: 'part of the path is a file, not a directory',
  EISDIR: 'it is a directory',
  EEXIST: 'something that is not a directory is in the way, a broken link perhaps',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'the file system is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENAMETOOLONG: 'the name is too long',
};

/** The reason a file system call failed, in words; the system's message for codes not listed. */
export function fsFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  return (code && REASONS[code]) || (error as Error).message;
}
