import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/model/workshop';
import type { PresentedBoard } from './presenter-board';

type Sections = Extract<PresentedBoard, { kind: 'list' }>['sections'];

/** Boards other than cards, as simple lists of their items. */
export function PresenterList({ sections, language }: { sections: Sections; language: Language }) {
  const { t } = useTranslation();
  return (
    <div className="presenter-lists">
      {sections.map((section) => (
        <section key={section.key} className="presenter-list">
          <h2>{t(`presenter.sections.${section.key}`)}</h2>
          {section.items.length === 0 ? (
            <p className="presenter-empty">{t('presenter.nothingYet')}</p>
          ) : (
            <ul>
              {section.items.map((item) => (
                <li key={item.id} className={item.done ? 'done' : undefined}>
                  {item.done !== undefined && (
                    <span className="presenter-check" aria-hidden="true">
                      {item.done ? '✓' : '○'}
                    </span>
                  )}
                  <span lang={language}>{item.text}</span>
                  {item.done && <span className="visually-hidden">{t('presenter.done')}</span>}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
