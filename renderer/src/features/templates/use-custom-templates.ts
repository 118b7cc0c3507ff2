import { useCallback, useEffect, useState } from 'react';
import type { CustomTemplateSummary } from '../../../../shared/model/custom-template';
import type { Result } from '../../../../shared/result';
import { useHost } from '../../host/context';
import { useAppStore } from '../../store/context';

/** The custom templates saved on this machine (null while loading), and a way to read them again. */
export function useCustomTemplates(): { templates: CustomTemplateSummary[] | null; refresh: () => Promise<void> } {
  const host = useHost();
  const store = useAppStore();
  const [templates, setTemplates] = useState<CustomTemplateSummary[] | null>(null);
  const show = useCallback(
    (result: Result<CustomTemplateSummary[]>) => {
      setTemplates(result.ok ? result.value : []);
      if (!result.ok) store.setState({ error: result.error });
    },
    [store],
  );
  const refresh = useCallback(async () => show(await host.listTemplates({})), [host, show]);
  useEffect(() => {
    let live = true;
    void host.listTemplates({}).then((result) => live && show(result));
    return () => {
      live = false;
    };
  }, [host, show]);
  return { templates, refresh };
}
