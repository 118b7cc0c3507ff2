import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { participantVotesOn, voteRefusal, votesByCard } from '../../../../shared/boards/voting';
import { newId } from '../../../../shared/model/ids';
import type { StageOf } from '../../../../shared/model/workshop';
import { TextPromptDialog } from '../../app/TextPromptDialog';
import { useApp, useAppStore } from '../../store/context';
import { BlindBar } from './BlindBar';
import { BoardColumns } from './BoardColumns';
import { CardComposer } from './CardComposer';
import type { CardVotes } from './CardVoteControls';
import { FilterBar } from './FilterBar';
import { PlacementView } from './PlacementView';
import { ResultsView } from './ResultsView';
import type { CardFilter } from './card-filter';
import { boardTags, matchesFilter, noFilter } from './card-filter';
import { VotingBar } from './VotingBar';
import { VotingContext } from './voting-context';
import { CardUiContext } from './card-ui-context';
import './cards.css';

const views = ['board', 'results', 'placement'] as const;
type View = (typeof views)[number];

/** A cards board: write, cluster, vote on and place cards; blind entry for one-laptop rooms. */
export function CardsBoard({ stage }: { stage: StageOf<'cards'> }) {
  const { t } = useTranslation();
  const dispatch = useApp((s) => s.dispatch);
  const participants = useApp((s) => s.doc?.participants);
  const [view, setView] = useState<View>('board');
  const [filter, setFilter] = useState<CardFilter>(noFilter);
  const [chosenVoter, setVoter] = useState<string | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [addingCluster, setAddingCluster] = useState(false);
  const [openCardId, setOpenCardId] = useState<string | null>(null);
  const focusRef = useRef<string | null>(null);
  const cardUi = useMemo(() => ({ openCardId, setOpenCardId, focusAfterMoveRef: focusRef }), [openCardId]);
  const voter = participants?.find((p) => p.id === chosenVoter) ?? null;
  const voterId = voter?.id ?? null;

  const store = useAppStore();
  const stageId = stage.id;
  const tryVote = useCallback(
    (cardId: string) => {
      const current = store.getState().doc?.stages.find((s) => s.id === stageId);
      if (!voter || current?.kind !== 'cards') return;
      const reason = voteRefusal(current, voter.id, cardId);
      const { budget, maxPerCard: max } = current.voting;
      setRefusal(reason === null ? null : t(`voting.refused.${reason}`, { name: voter.name, budget, max }));
      if (reason === null) dispatch({ type: 'vote/add', stageId, participantId: voter.id, cardId });
    },
    [dispatch, store, stageId, t, voter],
  );

  // One object per card that only changes when its counts do, so unchanged cards skip re-rendering.
  const { voting } = stage;
  const votes = useMemo(() => {
    if (!voterId && !voting.revealed) return null;
    const totals = votesByCard(stage);
    return new Map<string, CardVotes>(
      stage.cards.map((c) => [c.id, { mine: voterId ? participantVotesOn(stage, voterId, c.id) : 0, total: voting.revealed ? (totals.get(c.id) ?? 0) : null }]),
    );
    // Recomputed when the votes, the voter or the set of cards change; not on every keystroke in a card.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [voting, voterId, stage.cards.length]);
  const votingContext = useMemo(() => ({ voterId, tryVote }), [voterId, tryVote]);
  const shown = stage.cards.filter((card) => matchesFilter(card, filter)).length;

  return (
    <VotingContext.Provider value={votingContext}>
      <CardUiContext.Provider value={cardUi}>
      <div className="cards-board">
        <CardComposer stage={stage} />
        <BlindBar stage={stage} />
        <div className="board-toolbar">
          <div role="tablist" aria-label={t('board.views')} className="view-tabs">
            {views.map((v) => (
              <button key={v} type="button" role="tab" aria-selected={view === v} onClick={() => setView(v)}>
                {t(`board.view.${v}`)}
              </button>
            ))}
          </div>
          <VotingBar stage={stage} voterId={voterId} onVoter={(id) => (setVoter(id), setRefusal(null))} refusal={refusal} />
        </div>
        {view === 'board' && (
          <>
            <div className="board-toolbar">
              <FilterBar filter={filter} onChange={setFilter} tags={boardTags(stage.cards)} shown={shown} total={stage.cards.length} />
              <button type="button" onClick={() => setAddingCluster(true)}>
                {t('board.addCluster')}
              </button>
            </div>
            {stage.cards.length === 0 && stage.groups.length === 0 ? (
              <p className="empty">{t('cards.empty')}</p>
            ) : (
              <BoardColumns stageId={stage.id} filter={filter} votes={votes} />
            )}
          </>
        )}
        {view === 'results' && <ResultsView stage={stage} />}
        {view === 'placement' && <PlacementView stage={stage} />}
        {addingCluster && (
          <TextPromptDialog
            title={t('board.addCluster')}
            label={t('board.clusterName')}
            initial=""
            submitLabel={t('common.add')}
            onCancel={() => setAddingCluster(false)}
            onSubmit={(title) => {
              dispatch({ type: 'group/add', stageId: stage.id, group: { id: newId(), title, color: null } });
              setAddingCluster(false);
            }}
          />
        )}
      </div>
      </CardUiContext.Provider>
    </VotingContext.Provider>
  );
}
