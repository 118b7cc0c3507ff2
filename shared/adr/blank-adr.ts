import type { Adr } from '../model/workshop';

/** An empty record, proposed on `date` (YYYY-MM-DD); adr/add gives it the next free number. */
export function blankAdr(id: string, title: string, date: string): Adr {
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
