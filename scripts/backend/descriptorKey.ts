/** The key of one embedded descriptor: the proto files (in any order) and whether names keep their case. */
export function descriptorKey(files: string | string[], keepCase: boolean): string {
  const list = (Array.isArray(files) ? files : [files]).slice().sort();
  return `${list.join(',')}|keepCase=${keepCase}`;
}
