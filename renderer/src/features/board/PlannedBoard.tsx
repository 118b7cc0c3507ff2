import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../shared/model/workshop';
import { stageItems } from '../../../../shared/model/workshop';

/** Boards other than cards are built in later releases; their items are kept and counted here. */
export function PlannedBoard({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  const count = Object.values(stageItems(stage)).reduce((n, items) => n + items.length, 0);
  return (
    <div className="planned-board">
      <p>{t('stage.plannedBoard', { kind: t(`boardKinds.${stage.kind}`) })}</p>
      <p>{t('stage.itemCount', { count })}</p>
    </div>
  );
}
