import { Alert, Anchor, Badge, Button, Group, Modal, Paper, Select, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue, useDocumentTitle, useMediaQuery } from '@mantine/hooks';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ListPager } from '../../components/list-pager';
import { LoadErrorAlert } from '../../components/load-error-alert';
import { AuthoringCourseDocument, DeleteQuestionDocument } from '../../gql/generated';
import type { BankQuestionFieldsFragment } from '../../gql/generated';
import { useErrorMessage } from '../../lib/use-error-message';
import { authoringCoursePath } from '../authoring/authoring-paths';
import { BankTransfer } from './bank-transfer';
import { QuestionEditor } from './question-editor';
import { useBankTags } from './use-bank-tags';
import { useQuestionBank } from './use-question-bank';

const SEARCH_DELAY_MS = 300;

type Editing = { kind: 'new' } | { kind: 'edit'; question: BankQuestionFieldsFragment } | null;

/** A course's question bank (`/mengajar/kursus/:courseId/bank-soal`): list, edit, import, export. */
export function QuestionBankPage() {
  const { courseId } = useParams();
  const { t } = useTranslation();
  const { data, error, loading, refetch } = useQuery(AuthoringCourseDocument, courseId ? { variables: { id: courseId } } : skipToken);
  const course = data?.authoringCourse;
  useDocumentTitle(`${course ? t('quizAuthoring.bank.documentTitle', { title: course.title }) : t('quizAuthoring.title')} · ${t('app.name')}`);

  if (course) return <QuestionBank courseId={course.id} courseTitle={course.title} />;
  if (loading || (!error && data === undefined)) return <Skeleton height={200} radius="md" aria-busy="true" />;
  if (error && data === undefined) {
    return <LoadErrorAlert error={error} onRetry={() => void refetch().catch(() => undefined)} title={t('quizAuthoring.bank.loadError')} />;
  }
  return (
    <Stack gap="md" align="flex-start">
      <Title order={1}>{t('authoring.editor.notFoundTitle')}</Title>
      <Text c="dimmed">{t('authoring.editor.notFoundDescription')}</Text>
    </Stack>
  );
}

function QuestionBank({ courseId, courseTitle }: { courseId: string; courseTitle: string }) {
  const { t } = useTranslation();
  const isPhone = useMediaQuery('(max-width: 36em)');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), SEARCH_DELAY_MS);
  const [tag, setTag] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<BankQuestionFieldsFragment | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const { tags } = useBankTags(courseId);
  const list = useQuestionBank(courseId, { tag, search: debouncedSearch });
  // The row's current version (after a reload on CONFLICT the list has the new revision).
  const editedQuestion = editing?.kind === 'edit' ? (list.questions.find((question) => question.id === editing.question.id) ?? editing.question) : null;

  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor component={Link} to={authoringCoursePath(courseId)} size="sm">
          ← {t('quizAuthoring.links.backToCourse')}
        </Anchor>
        <Title order={1} lh={1.25}>
          {t('quizAuthoring.title')}
        </Title>
        <Text c="dimmed">
          {courseTitle} · {t('quizAuthoring.bank.intro')}
        </Text>
      </Stack>

      <BankTransfer courseId={courseId} courseTitle={courseTitle} />

      {notice && (
        <Alert
          color="green"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel={t('form.close')}
          onClose={() => {
            setNotice(null);
          }}
        >
          {notice}
        </Alert>
      )}

      <Group gap="sm" align="flex-end" justify="space-between">
        <Group gap="sm" align="flex-end" style={{ flex: '1 1 480px' }}>
          <TextInput
            type="search"
            label={t('quizAuthoring.bank.search')}
            placeholder={t('quizAuthoring.bank.searchPlaceholder')}
            value={search}
            onChange={(event) => {
              setSearch(event.currentTarget.value);
            }}
            style={{ flex: '1 1 220px' }}
            maw={360}
          />
          <Select
            label={t('quizAuthoring.bank.tag')}
            data={[
              { value: '', label: t('quizAuthoring.bank.allTags') },
              ...tags.map((entry) => ({ value: entry.tag, label: t('quizAuthoring.bank.tagOption', { tag: entry.tag, count: entry.count }) })),
            ]}
            value={tag ?? ''}
            allowDeselect={false}
            searchable
            onChange={(value) => {
              setTag(value ? value : null);
            }}
            w={260}
          />
        </Group>
        <Button
          onClick={() => {
            setNotice(null);
            setEditing({ kind: 'new' });
          }}
        >
          {t('quizAuthoring.bank.create')}
        </Button>
      </Group>

      {list.isLoading ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={72} radius="md" />
          <Skeleton height={72} radius="md" />
        </Stack>
      ) : list.error ? (
        <LoadErrorAlert error={list.error} onRetry={() => void list.retry()} title={t('quizAuthoring.bank.loadError')} />
      ) : list.questions.length === 0 ? (
        <Text c="dimmed" py="md">
          {tag || debouncedSearch ? t('quizAuthoring.bank.emptyFiltered') : t('quizAuthoring.bank.empty')}
        </Text>
      ) : (
        <>
          <Text size="sm" c="dimmed" role="status">
            {t('quizAuthoring.bank.range', { from: list.offset + 1, to: list.offset + list.questions.length, count: list.totalCount })}
          </Text>
          <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {list.questions.map((question) => (
              <QuestionRow
                key={question.id}
                question={question}
                onEdit={() => {
                  setNotice(null);
                  setEditing({ kind: 'edit', question });
                }}
                onDelete={() => {
                  setDeleting(question);
                }}
              />
            ))}
          </Stack>
          <ListPager list={list} />
        </>
      )}

      <Modal
        opened={editing !== null}
        onClose={() => {
          setEditing(null);
        }}
        fullScreen={isPhone}
        size="xl"
        closeOnClickOutside={false}
        closeOnEscape={false}
        title={editing?.kind === 'edit' ? t('quizAuthoring.bank.editTitle') : t('quizAuthoring.bank.newTitle')}
      >
        {editing && (
          <QuestionEditor
            key={editing.kind === 'edit' ? editing.question.id : 'new'}
            courseId={courseId}
            question={editedQuestion}
            knownTags={tags.map((entry) => entry.tag)}
            onSaved={() => {
              setEditing(null);
              setNotice(t('quizAuthoring.bank.saved'));
            }}
            onCancel={() => {
              setEditing(null);
            }}
            onReload={list.retry}
          />
        )}
      </Modal>
      <DeleteQuestionDialog
        question={deleting}
        onClose={() => {
          setDeleting(null);
        }}
        onDeleted={() => {
          setDeleting(null);
          setNotice(t('quizAuthoring.bank.deleted'));
        }}
      />
    </Stack>
  );
}

interface QuestionRowProps {
  question: BankQuestionFieldsFragment;
  onEdit: () => void;
  onDelete: () => void;
}

function QuestionRow({ question, onEdit, onDelete }: QuestionRowProps) {
  const { t } = useTranslation();
  return (
    <Paper component="li" withBorder radius="md" p="md" data-testid="bank-question-row">
      <Group justify="space-between" align="flex-start" gap="sm" wrap="nowrap">
        <Stack gap={6} style={{ minWidth: 0, flex: 1 }}>
          <Text fw={600} lineClamp={2} style={{ whiteSpace: 'pre-line' }}>
            {question.prompt}
          </Text>
          <Group gap={6}>
            <Badge variant="light" color="indigo">
              {t(`quizAuthoring.questionType.${question.type}`)}
            </Badge>
            <Badge variant="outline" color="gray">
              {t('quizAuthoring.bank.points', { count: question.points })}
            </Badge>
            {question.tags.map((tag) => (
              <Badge key={tag} variant="dot" color="teal">
                {tag}
              </Badge>
            ))}
            <Text size="xs" c="dimmed">
              {question.key}
            </Text>
          </Group>
        </Stack>
        <Group gap="xs" wrap="nowrap">
          <Button size="xs" variant="light" onClick={onEdit}>
            {t('quizAuthoring.bank.edit')}
          </Button>
          <Button size="xs" variant="subtle" color="red.8" onClick={onDelete}>
            {t('quizAuthoring.bank.delete')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

interface DeleteQuestionDialogProps {
  question: BankQuestionFieldsFragment | null;
  onClose: () => void;
  onDeleted: () => void;
}

function DeleteQuestionDialog({ question, onClose, onDeleted }: DeleteQuestionDialogProps) {
  const { t } = useTranslation();
  const describeError = useErrorMessage();
  const [deleteQuestion, { loading, error, reset }] = useMutation(DeleteQuestionDocument, { refetchQueries: ['QuestionBank', 'QuestionBankTags'] });

  const handleDelete = async () => {
    if (!question) return;
    try {
      await deleteQuestion({ variables: { questionId: question.id } });
      onDeleted();
    } catch {
      // Shown through `error`.
    }
  };

  return (
    <Modal
      opened={question !== null}
      onClose={() => {
        reset();
        onClose();
      }}
      title={t('quizAuthoring.bank.deleteTitle')}
    >
      <Stack gap="sm">
        {question && (
          <Text size="sm" fw={600} lineClamp={3}>
            {question.prompt}
          </Text>
        )}
        <Text size="sm">{t('quizAuthoring.bank.deleteConfirm')}</Text>
        {error && (
          <Alert color="red" variant="light" role="alert">
            {describeError(error)}
          </Alert>
        )}
        <Group gap="sm">
          <Button color="red.8" loading={loading} onClick={() => void handleDelete()}>
            {t('quizAuthoring.bank.delete')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              reset();
              onClose();
            }}
          >
            {t('form.cancel')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
