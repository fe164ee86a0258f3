/**
 * English given names and the short forms news writes them in ("Bob" Goodlatte is "Robert W."
 * Goodlatte). Generic data, like the month names: no npm package keeps such a table on its own
 * (the ones there are bundle it inside a fuzzy matcher). Only short forms that stand for one
 * formal name are listed: "Chris" (Christopher, Christine), "Pat" (Patrick, Patricia) or "Steve"
 * (Stephen, Steven) could join two different people.
 */
const SHORT_FORMS: Record<string, string[]> = {
  Abraham: ['Abe'],
  Albert: ['Al'],
  Andrew: ['Andy', 'Drew'],
  Anthony: ['Tony'],
  Arnold: ['Arnie'],
  Barbara: ['Barb'],
  Benjamin: ['Ben', 'Benny'],
  Bernard: ['Bernie'],
  Catherine: ['Cathy', 'Kate', 'Kathy'],
  Charles: ['Charlie', 'Chuck'],
  Christopher: ['Kit'],
  Daniel: ['Dan', 'Danny'],
  David: ['Dave'],
  Deborah: ['Debbie', 'Deb'],
  Donald: ['Don'],
  Douglas: ['Doug'],
  Edward: ['Ed', 'Eddie', 'Ted'],
  Elizabeth: ['Beth', 'Betty', 'Liz', 'Libby'],
  Frederick: ['Fred', 'Freddie'],
  Gerald: ['Jerry'],
  Gregory: ['Greg'],
  Harold: ['Hal'],
  Henry: ['Hank'],
  Jacob: ['Jake'],
  James: ['Jim', 'Jimmy'],
  Jeffrey: ['Jeff'],
  Jennifer: ['Jen', 'Jenny'],
  John: ['Jack', 'Johnny'],
  Jonathan: ['Jon'],
  Joseph: ['Joe', 'Joey'],
  Joshua: ['Josh'],
  Judith: ['Judy'],
  Kenneth: ['Ken', 'Kenny'],
  Lawrence: ['Larry'],
  Leonard: ['Len', 'Lenny'],
  Margaret: ['Maggie', 'Meg', 'Peggy'],
  Matthew: ['Matt'],
  Michael: ['Mike', 'Mickey'],
  Nicholas: ['Nick'],
  Patrick: ['Paddy'],
  Peter: ['Pete'],
  Philip: ['Phil'],
  Raymond: ['Ray'],
  Richard: ['Dick', 'Rich', 'Rick', 'Ricky'],
  Robert: ['Bob', 'Bobby', 'Rob', 'Robbie'],
  Ronald: ['Ron', 'Ronnie'],
  Samuel: ['Sammy'],
  Susan: ['Sue', 'Susie'],
  Theodore: ['Teddy'],
  Thomas: ['Tom', 'Tommy'],
  Timothy: ['Tim'],
  Walter: ['Walt'],
  William: ['Bill', 'Billy', 'Will', 'Willie'],
};

/** Each short form and the one formal name it stands for. */
export const FORMAL_NAMES: ReadonlyMap<string, string> = new Map(
  Object.entries(SHORT_FORMS).flatMap(([name, shorts]) => shorts.map((short) => [short, name] as const)),
);
