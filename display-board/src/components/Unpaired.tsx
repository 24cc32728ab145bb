/** Shown instead of the board until this screen is paired; it never shows queue data. */
export function Unpaired() {
  return (
    <main className="full-screen-message" data-testid="display-unpaired">
      <h1>This display is not set up</h1>
      <p>Staff: open this screen once with its pairing link to connect it to the queue.</p>
    </main>
  );
}
