import { createContext, useContext } from 'react';

/**
 * Board-level UI state that must outlive one card component: moving a card to another cluster
 * re-mounts it in its new column, and the open details and keyboard focus must follow it.
 */
export interface CardUi {
  openCardId: string | null;
  setOpenCardId: (id: string | null) => void;
  /** A control to focus once it mounts again, by DOM id (set before a move). */
  focusAfterMoveRef: { current: string | null };
}

export const CardUiContext = createContext<CardUi>({ openCardId: null, setOpenCardId: () => {}, focusAfterMoveRef: { current: null } });

export const useCardUi = () => useContext(CardUiContext);
