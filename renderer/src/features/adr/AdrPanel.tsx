import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { blankAdr } from '../../../../shared/adr/blank-adr';
import { isoDate } from '../../../../shared/model/iso-date';
import { newId } from '../../../../shared/model/ids';
import { useApp } from '../../store/context';
import { AdrEditor } from './AdrEditor';
import { AdrList } from './AdrList';
import type { StatusFilter } from './AdrList';
import { AdrTransfer } from './AdrTransfer';
import './adr.css';

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
    dispatch({ type: 'adr/add', adr: blankAdr(id, t('adr.newTitle'), isoDate(new Date())) });
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
