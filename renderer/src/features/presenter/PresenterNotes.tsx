import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, StageOf } from '../../../../shared/model/workshop';
import type { MarkdownActions } from '../notes/markdown/MarkdownView';
import { MarkdownView } from '../notes/markdown/MarkdownView';
import { parseMarkdown } from '../notes/markdown/parse-markdown';

/** The projector does not follow links or tick tasks: it only shows. */
const readOnly: MarkdownActions = { openLink: () => undefined };

const PresentedSection = memo(function PresentedSection({ title, markdown, language }: { title: string; markdown: string; language: Language }) {
  const { t } = useTranslation();
  const parsed = useMemo(() => parseMarkdown(markdown), [markdown]);
  return (
    <section className="presenter-note" lang={language}>
      <h2>{title || t('notes.untitled')}</h2>
      <div className="markdown">
        <MarkdownView parsed={parsed} actions={readOnly} />
      </div>
    </section>
  );
});

/** A notes stage for the room: every section with its text, tables and diagrams, as the preview draws them. */
export function PresenterNotes({ stage, language }: { stage: StageOf<'notes'>; language: Language }) {
  const { t } = useTranslation();
  if (stage.sections.length === 0) return <p className="presenter-empty">{t('presenter.nothingYet')}</p>;
  return (
    <div className="presenter-notes">
      {stage.sections.map((s) => (
        <PresentedSection key={s.id} title={s.title} markdown={s.markdown} language={language} />
      ))}
    </div>
  );
}
