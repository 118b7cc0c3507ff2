import { classifyLink } from '../../../shared/links/external-link';
import { fail, ok } from '../../../shared/result';
import type { Host } from './types';

/**
 * The web build's way out for a link in a note: the same address check as the desktop app, the
 * browser's own confirmation showing the address, then a new tab with no reference back to the
 * app (`noopener`). The app's own tab never navigates.
 */
export const openExternalInBrowser: Host['openExternal'] = async ({ url }) => {
  const target = classifyLink(url);
  if (target.kind !== 'external') return fail('bad-request', { detail: 'only http(s) web addresses can be opened' });
  const question = document.documentElement.lang === 'zh-CN' ? `要在新标签页中打开此链接吗？\n\n${target.url}` : `Open this link in a new tab?\n\n${target.url}`;
  if (!window.confirm(question)) return ok({ opened: false });
  window.open(target.url, '_blank', 'noopener,noreferrer');
  return ok({ opened: true });
};
