import { useTranslation } from 'react-i18next';
import { exportPresets, paperSizes } from '../../../../shared/export/export-settings';
import type { Workshop } from '../../../../shared/model/workshop';
import { languages } from '../../../../shared/model/workshop';
import { EnumSelect } from '../../app/EnumSelect';
import { useApp } from '../../store/context';
import type { ExportChoices } from './export-choices';
import { sectionChoices, withSection } from './export-choices';
import { ExportLogoField } from './ExportLogoField';

interface ExportOptionsFormProps {
  doc: Workshop;
  choices: ExportChoices;
  onChange: (choices: ExportChoices) => void;
  disabled: boolean;
}

const presetText = { handout: ['export.presetHandout', 'export.presetHandoutHint'], full: ['export.presetFull', 'export.presetFullHint'] } as const;
const paperText = { a4: 'export.paperA4', letter: 'export.paperLetter' } as const;

/** The export dialog's choices: preset, sections, language, paper, organisation, logo and marking. */
export function ExportOptionsForm({ doc, choices, onChange, disabled }: ExportOptionsFormProps) {
  const { t } = useTranslation();
  const uiLanguage = useApp((s) => s.language);
  const set = (patch: Partial<ExportChoices>) => onChange({ ...choices, ...patch });
  const names = { summary: t('export.summary'), adrs: t('export.adrs'), decisions: t('export.decisions'), parkingLot: t('export.parkingLot') };
  const sections = sectionChoices(doc, choices, uiLanguage, (key) => names[key]);

  return (
    // One disabled fieldset freezes every choice while the PDF is being made.
    <fieldset className="export-options" disabled={disabled}>
      <fieldset className="field export-preset">
        <legend>{t('export.preset')}</legend>
        {exportPresets.map((preset) => (
          <label key={preset} className="choice">
            <input type="radio" name="export-preset" checked={choices.preset === preset} onChange={() => set({ preset })} />
            <span>
              {t(presetText[preset][0])}
              <small>{t(presetText[preset][1])}</small>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="field export-sections">
        <legend>{t('export.sections')}</legend>
        <ul>
          {sections.map((s) => (
            <li key={s.key}>
              <label className="choice">
                <input type="checkbox" checked={s.included} onChange={(e) => onChange(withSection(choices, s.key, e.target.checked))} />
                <span lang={s.key.startsWith('stage:') ? doc.language : undefined}>{s.label}</span>
              </label>
            </li>
          ))}
        </ul>
        {!sections.some((s) => s.included) && <p className="export-warning">{t('export.noSections')}</p>}
      </fieldset>
      <div className="export-row">
        <label className="field">
          <span>{t('export.language')}</span>
          <EnumSelect values={languages} value={choices.language} onChange={(language) => set({ language })} optionLabel={(l) => t(`languages.${l}`)} />
        </label>
        <fieldset className="field">
          <legend>{t('export.paper')}</legend>
          <div className="export-paper">
            {paperSizes.map((paper) => (
              <label key={paper} className="choice">
                <input type="radio" name="export-paper" checked={choices.paper === paper} onChange={() => set({ paper })} />
                <span>{t(paperText[paper])}</span>
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      <label className="field export-org">
        <span>{t('export.organisation')}</span>
        <input value={choices.organisation} maxLength={200} placeholder={t('export.organisationPlaceholder')} onChange={(e) => set({ organisation: e.target.value })} />
      </label>
      <label className="field export-marking">
        <span>{t('export.marking')}</span>
        <input value={choices.marking} maxLength={200} placeholder={t('export.markingPlaceholder')} aria-describedby="export-marking-hint" onChange={(e) => set({ marking: e.target.value })} />
        <small id="export-marking-hint" className="export-hint">{t('export.markingHint')}</small>
      </label>
      <ExportLogoField
        logo={choices.logo}
        onChange={(logo) => {
          const { logo: _old, ...rest } = choices;
          onChange(logo ? { ...rest, logo } : rest);
        }}
      />
    </fieldset>
  );
}
