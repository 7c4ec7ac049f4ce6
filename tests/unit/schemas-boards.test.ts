/** The board schema: a board, panel or forum and its members, by role. */
import { describe, expect, it } from 'vitest';
import { fixtureEntry, parsed, problems } from '../fixtures/schema-check';

const good = () => fixtureEntry('boards', 'funding-panel');

describe('board schema', () => {
  it('accepts a board whose members are named by role, with a councillor named', () => {
    const board = parsed('boards', good());
    expect(board.members).toEqual([
      { role: 'Chair', organisation_name: 'London Borough of Barnet', public_office_holder: true, name: 'Councillor Example' },
      { role: 'Representative', organisation: 'oak-lane-faith-centre', public_office_holder: false },
    ]);
  });

  it("refuses a person's name for someone who is not a public office holder", () => {
    const board = good();
    board.members[1].name = 'Jane Example';
    expect(problems('boards', board)).toEqual(['members[2].name: may be given only for a public office holder; record others by role and organisation']);
  });

  it('needs each member\'s organisation: from the directory or by name', () => {
    const board = good();
    delete board.members[1].organisation;
    expect(problems('boards', board)).toEqual(['members[2].organisation: is required: choose a directory organisation or give organisation_name']);
  });

  it('needs a name, purpose and how often it meets, and a known constituency', () => {
    const board: Record<string, any> = { ...good(), purpose: '', constituency: 'barnet' };
    delete board.meets;
    expect(problems('boards', board)).toEqual([
      'purpose: must not be empty',
      'meets: is required but missing',
      'constituency: "barnet" is not a known constituency; allowed: chipping-barnet, finchley-and-golders-green, hendon',
    ]);
  });
});
