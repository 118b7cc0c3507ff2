import { createContext, useContext } from 'react';

export interface VotingContextValue {
  /** The participant whose dots the + / − buttons spend; null: nobody is voting. */
  voterId: string | null;
  /** Adds a dot, or tells the room why not (budget spent, per-card limit). */
  tryVote: (cardId: string) => void;
}

export const VotingContext = createContext<VotingContextValue>({ voterId: null, tryVote: () => {} });

export const useVoting = () => useContext(VotingContext);
