/** The one place a refused command is explained. Always in the page so screen readers hear new messages. */
export function ErrorArea({ message, onDismiss }: { message: string | null; onDismiss: () => void }) {
  return (
    <div className={message ? 'console-error' : 'console-error console-error--empty'}>
      <div role="alert" data-testid="console-error" className="console-error__text">
        {message}
      </div>
      {message && (
        <button type="button" className="button button--small" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}
