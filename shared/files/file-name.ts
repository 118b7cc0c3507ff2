/** Characters no file system takes in a name (Windows is the strictest), and control characters. */
// eslint-disable-next-line no-control-regex
const unsafe = /[<>:"/\\|?*\u0000-\u001f\u007f]/g;

export const workshopFileExtension = 'groundwork';

/** A file name for a workshop from its title: `智能客服落地工作坊.groundwork`. */
export function workshopFileName(title: string): string {
  let base = title.replace(unsafe, ' ').replace(/\s+/g, ' ').trim();
  base = base.replace(/\.groundwork$/i, '').replace(/^[.\s]+|[.\s]+$/g, '');
  if (/^(con|prn|aux|nul|com\d|lpt\d)$/i.test(base)) base = `_${base}`;
  base = Array.from(base).slice(0, 120).join('').trim();
  return `${base || 'workshop'}.${workshopFileExtension}`;
}

/** Most recent first, without duplicates, at most `max`. */
export function withRecent(list: readonly string[], file: string, max = 10): string[] {
  return [file, ...list.filter((f) => f !== file)].slice(0, max);
}
