import { describe, expect, it } from 'vitest';
import { distinctLabels } from './labels.ts';

describe('distinctLabels', () => {
  it('adds the email only to names that read like another name in the list', () => {
    expect(distinctLabels([
      { id: 1, name: 'Maya Okonkwo', email: 'maya.okonkwo@example.org' },
      { id: 2, name: 'Maya O.', email: 'maya.o@callback.example' },
      { id: 3, name: 'MAYA OKONKWO', email: 'maya@forwarding.okonkwo.example' },
    ])).toEqual(['Maya Okonkwo (maya.okonkwo@example.org)', 'Maya O.', 'MAYA OKONKWO (maya@forwarding.okonkwo.example)']);
  });
});
