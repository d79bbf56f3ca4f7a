import { Alert, Box, Button, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { ExternalActivityCard } from './external-activity-card';
import { ExternalActivityForm } from './external-activity-form';
import { useMyExternalActivities } from './use-my-external-activities';

const FORM_ID = 'jp-activity-form';

/** The learner's activities outside Lentera with their review, and the form to record one more. */
export function ExternalActivitiesSection() {
  const { t } = useTranslation();
  const { activities, isLoading, error, retry } = useMyExternalActivities();
  const [formOpen, setFormOpen] = useState(false);
  const [recorded, setRecorded] = useState<{ title: string; year: number } | null>(null);
  const recordedRef = useRef<HTMLDivElement>(null);
  const addButtonRef = useRef<HTMLButtonElement>(null);

  // The form that had the focus is gone: take it to the confirmation, which a screen reader then reads.
  useEffect(() => {
    if (recorded) recordedRef.current?.focus();
  }, [recorded]);

  const handleClose = () => {
    setFormOpen(false);
    // After the button is back in the page.
    requestAnimationFrame(() => addButtonRef.current?.focus());
  };

  return (
    <Box component="section" aria-labelledby="jp-activities-heading">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="jp-activities-heading">
            {t('jpLedger.activities.heading')}
          </Title>
          {!formOpen && (
            <Button
              ref={addButtonRef}
              onClick={() => {
                setRecorded(null);
                setFormOpen(true);
              }}
            >
              {t('jpLedger.activities.add')}
            </Button>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('jpLedger.activities.intro')}
        </Text>
        {recorded && (
          <Alert
            ref={recordedRef}
            tabIndex={-1}
            color="green"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel={t('form.close')}
            onClose={() => {
              setRecorded(null);
            }}
            data-testid="activity-recorded"
          >
            {t('jpLedger.form.recorded', recorded)}
          </Alert>
        )}
        {formOpen && (
          <ExternalActivityForm
            id={FORM_ID}
            onRecorded={(activity, year) => {
              setFormOpen(false);
              setRecorded({ title: activity.title, year });
            }}
            onClose={handleClose}
          />
        )}
        {error ? (
          <LoadErrorAlert error={error} onRetry={() => void retry()} title={t('jpLedger.activities.loadError')} />
        ) : isLoading ? (
          <Skeleton height={140} radius="md" aria-hidden="true" />
        ) : activities.length === 0 ? (
          <Text c="dimmed" data-testid="external-activities-empty">
            {t('jpLedger.activities.empty')}
          </Text>
        ) : (
          <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="jp-activities-heading">
            {activities.map((activity) => (
              <ExternalActivityCard key={activity.id} activity={activity} />
            ))}
          </Stack>
        )}
      </Stack>
    </Box>
  );
}
