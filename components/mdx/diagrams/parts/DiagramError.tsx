/** What a diagram shows instead of itself when its props cannot be drawn: the reason, in place. */
export function DiagramError({ message }: { message: string }) {
  return (
    <p role="alert" className="diagram-error" style={{ border: '1px solid var(--danger)', borderRadius: 'var(--radius)', padding: '0.5rem 0.8rem', color: 'var(--fg)' }}>
      {message}
    </p>
  );
}
