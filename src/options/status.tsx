// One live status line per section of the options page. A section's newest message (a change saved, or why
// input was refused) replaces the one before it, so lines never pile up, and screen readers hear each one
// once. The field at fault points at the line with aria-describedby and is marked aria-invalid.
import { createContext, type ComponentChildren } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { t } from '../shared/i18n';

export type SectionId = 'categories' | 'keywords' | 'auto' | 'sites' | 'backup';

export interface SectionMessage {
  text: string;
  error?: boolean;
  /** The field the error is about (a form control's own key), so it can be marked invalid. */
  field?: string;
}

export interface StatusApi {
  messages: Partial<Record<SectionId, SectionMessage>>;
  say(section: SectionId, message: SectionMessage | null): void;
  /** The last change, which the status line of its section offers to undo. */
  undo: { section: SectionId; run(): void } | null;
}

const StatusContext = createContext<StatusApi | null>(null);

export function useStatusState(undo: StatusApi['undo'] = null): StatusApi {
  const [messages, setMessages] = useState<StatusApi['messages']>({});
  const say = (section: SectionId, message: SectionMessage | null) =>
    setMessages((all) => {
      const next = { ...all };
      if (message) next[section] = message;
      else delete next[section];
      return next;
    });
  return { messages, say, undo };
}

export function StatusProvider({ value, children }: { value: StatusApi; children: ComponentChildren }) {
  return <StatusContext.Provider value={value}>{children}</StatusContext.Provider>;
}

export const statusId = (section: SectionId) => `status-${section}`;

/** A section's message and the helpers its fields use. */
export function useSection(section: SectionId) {
  const api = useContext(StatusContext);
  if (!api) throw new Error('useSection needs a StatusProvider');
  const message = api.messages[section];
  return {
    message,
    say: (next: SectionMessage | null) => api.say(section, next),
    fail: (text: string, field?: string) => api.say(section, { text, error: true, ...(field ? { field } : {}) }),
    /** Props for a field: described by the section's status, invalid while an error is about it. */
    field: (name: string) => ({
      'aria-describedby': statusId(section),
      'aria-invalid': message?.error && message.field === name ? true : undefined,
    }),
  };
}

export function SectionStatus({ section }: { section: SectionId }) {
  const api = useContext(StatusContext);
  const message = api?.messages[section];
  const undo = api?.undo?.section === section && message && !message.error ? api.undo : null;
  return (
    <div class="section-status" data-testid={statusId(section)} data-kind={message ? (message.error ? 'error' : 'ok') : 'none'}>
      {/* Always in the page, so assistive technology is listening before the first message arrives. */}
      <p id={statusId(section)} role="status" class={message?.error ? 'error' : undefined}>
        {message?.text ?? ''}
      </p>
      {undo && (
        <button type="button" class="link" onClick={undo.run}>
          {t('options_undo')}
        </button>
      )}
    </div>
  );
}
