import type { Language } from '../../../../shared/model/workshop';
import { pdfText } from './strings';

const monthsEn = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * The calendar date of an ISO timestamp as it was written (its own offset, not this machine's time
 * zone): "15 January 2026" / "2026年1月15日". Text that is not a timestamp is returned as it is.
 */
export function formatDate(iso: string, language: Language): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!match) return iso;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  return language === 'zh-CN' ? `${y}年${month}月${day}日` : `${day} ${monthsEn[month - 1] ?? m} ${y}`;
}

/** "40 min", "6 h 30 min" / "40 分钟", "6 小时 30 分钟". */
export function formatMinutes(total: number, language: Language): string {
  if (total < 60) return pdfText(language, 'minutes', { n: total });
  const h = Math.floor(total / 60);
  const m = total % 60;
  return pdfText(language, m === 0 ? 'hours' : 'hoursMinutes', { h, m });
}

/** "01", "02", … */
export const sectionNumber = (i: number): string => String(i + 1).padStart(2, '0');

/** "Label: value", with a full-width colon after a Chinese label ("受益人：一线客服坐席"). */
export function labelled(label: string, value: string): string {
  return /[\u2e80-\u9fff\uff00-\uffef]$/.test(label) ? `${label}：${value}` : `${label}: ${value}`;
}

/** A moment as a local ISO timestamp with its offset ("2026-01-16T10:00:00+08:00"), so its date is the local one. */
export function localTimestamp(date: Date): string {
  const pad = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const offset = -date.getTimezoneOffset();
  const sign = offset >= 0 ? '+' : '-';
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
}
