'use client';
import { useState, type ChangeEvent } from 'react';

const sameNumber = (text: string, value: number) => (text.trim() === '' ? Number.isNaN(value) : Number(text) === value);
const shown = (value: number) => (Number.isNaN(value) ? '' : String(value));

/**
 * What a number input shows while the reader types freely (an empty field, "-", "2."): the typed
 * text, reported as a number (NaN while empty or unreadable); a value changed from outside (reset,
 * a shared link) replaces it unless the text already says it.
 */
export function useNumberDraft(value: number, onChange: (value: number) => void) {
  const [draft, setDraft] = useState(shown(value));
  const [seen, setSeen] = useState(value);
  if (!Object.is(seen, value)) {
    setSeen(value);
    if (!sameNumber(draft, value)) setDraft(shown(value));
  }
  const change = (e: ChangeEvent<HTMLInputElement>) => {
    setDraft(e.target.value);
    onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value));
  };
  return { value: draft, onChange: change };
}
