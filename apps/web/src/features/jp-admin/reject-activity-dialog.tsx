import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewActivityFragment } from '../../gql/generated';
import { errorCode } from '../../lib/api-error';
import { useErrorMessage } from '../../lib/use-error-message';
import { NOTE_LENGTH, rejectionNoteProblem } from './review-note';
import { useReviewActivity } from './use-review-activity';

export interface RejectActivityDialogProps {
  activity: ReviewActivityFragment;
  learnerName: string;
  onClose: () => void;
  onRejected: () => void;
  /** Reviewed by someone else meanwhile, or gone: nothing left to do here. */
  onStale: (error: unknown) => void;
}

/** A rejection needs a note for the learner, 5 to 500 characters. */
export function RejectActivityDialog({ activity, learnerName, onClose, onRejected, onStale }: RejectActivityDialogProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const { reject, loading } = useReviewActivity();
  const [note, setNote] = useState('');
  const [touched, setTouched] = useState(false);
  const [failure, setFailure] = useState<unknown>(null);
  const problem = rejectionNoteProblem(note);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (problem || loading) return;
    setFailure(null);
    try {
      await reject(activity.id, note);
      onRejected();
    } catch (error) {
      const code = errorCode(error);
      if (code === 'CONFLICT' || code === 'NOT_FOUND') onStale(error);
      else setFailure(error);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('jpAdmin.review.rejectDialog.title')} centered>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate data-testid="jp-reject-form">
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {activity.title} · {learnerName}
          </Text>
          <Text size="sm">{t('jpAdmin.review.rejectDialog.intro')}</Text>
          <Textarea
            label={t('jpAdmin.review.rejectDialog.note')}
            placeholder={t('jpAdmin.review.rejectDialog.placeholder')}
            description={t('jpAdmin.review.rejectDialog.length', { length: note.trim().length, max: NOTE_LENGTH.max })}
            value={note}
            onChange={(event) => {
              setNote(event.currentTarget.value);
            }}
            onBlur={() => {
              setTouched(true);
            }}
            error={touched && problem ? t(`jpAdmin.review.rejectDialog.${problem}`, NOTE_LENGTH) : undefined}
            autosize
            minRows={3}
            maxRows={8}
            required
            disabled={loading}
            data-testid="jp-reject-note"
            data-autofocus
          />
          {failure !== null && (
            <Alert color="red" variant="light" role="alert" data-testid="jp-reject-error">
              {describeError(failure)}
            </Alert>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose} disabled={loading}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" color="red" loading={loading} data-testid="jp-reject-submit">
              {t('jpAdmin.review.rejectDialog.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
