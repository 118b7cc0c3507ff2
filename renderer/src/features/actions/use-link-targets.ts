import { useMemo } from 'react';
import type { LinkTarget } from '../../../../shared/actions/link-targets';
import { linkTargets } from '../../../../shared/actions/link-targets';
import { useApp } from '../../store/context';

export interface LinkIndex {
  targets: LinkTarget[];
  byId: Map<string, LinkTarget>;
}

/** Every item an action can link to, rebuilt only when the document changes. */
export function useLinkTargets(): LinkIndex {
  const doc = useApp((s) => s.doc);
  return useMemo(() => {
    const targets = doc ? linkTargets(doc) : [];
    return { targets, byId: new Map(targets.map((x) => [x.id, x])) };
  }, [doc]);
}
