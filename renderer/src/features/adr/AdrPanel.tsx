import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Adr } from '../../../../shared/model/workshop';
import { newId } from '../../../../shared/model/ids';
import { useApp } from '../../store/context';
import { AdrEditor } from './AdrEditor';
import { AdrList } from './AdrList';
import type { StatusFilter } from './AdrList';
import { AdrTransfer } from './AdrTransfer';
import './adr.css';

/** Today in the facilitator's own time zone, as MADR writes dates (YYYY-MM-DD). */
const today = () => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
};

/** An empty record, proposed today. */
export function blankAdr(id: string, title: string, date = today()): Adr {
  return {
    id,
    number: 0,
    title,
    status: 'proposed',
    supersededBy: null,
    date,
    deciders: [],
    context: '',
    driverCriterionIds: [],
    drivers: '',
    options: [],
    chosenOptionId: null,
    outcome: '',
    consequences: '',
    matrixStageId: null,
    linkedCardIds: [],
  };
}

/** The workshop's decision records: the list with its status filter beside the open record. */
export function AdrPanel() {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const adrs = useApp((s) => s.doc?.adrs);
  const [filter, setFilter] = useState<StatusFilter>('all');
  const [openId, setOpenId] = useState<string | null>(null);
  const list = adrs ?? [];
  const open = list.find((a) => a.id === openId) ?? null;

  const create = () => {
    const id = newId();
    dispatch({ type: 'adr/add', adr: blankAdr(id, t('adr.newTitle')) });
    setFilter('all');
    setOpenId(id);
  };

  return (
    <div className="adr-panel">
      <div className="adr-sidebar">
        <div className="adr-sidebar-actions">
          <button type="button" className="primary" onClick={create}>
            {t('adr.new')}
          </button>
          <AdrTransfer />
        </div>
        <AdrList adrs={list} filter={filter} onFilter={setFilter} openId={open?.id ?? null} onOpen={setOpenId} />
      </div>
      {open ? <AdrEditor key={open.id} adr={open} onDeleted={() => setOpenId(null)} /> : <p className="empty adr-none">{t('adr.noneOpen')}</p>}
    </div>
  );
}
