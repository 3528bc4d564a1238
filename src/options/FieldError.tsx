// A message beside the field it is about; screen readers hear it through the field's aria-describedby.
export interface FieldErrorProps {
  id: string;
  message?: string | null;
}

export function FieldError({ id, message }: FieldErrorProps) {
  return (
    <p id={id} class="error" role={message ? 'alert' : undefined} hidden={!message}>
      {message}
    </p>
  );
}
