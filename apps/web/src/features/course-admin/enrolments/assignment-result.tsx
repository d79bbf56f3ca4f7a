import { Alert, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AssignCourseMutation } from '../../../gql/generated';

/** How an assignment went: enrolled now, enrolled before, and each NIP or person that could not be. */
export function AssignmentResultPanel({ result }: { result: AssignCourseMutation['assignCourse'] }) {
  const { t } = useTranslation();
  const { enrolled, alreadyEnrolled, problems } = result;
  return (
    <Alert color={problems.length > 0 ? 'orange' : 'green'} variant="light" title={t('authoring.assign.resultTitle')} role="status">
      <Stack gap="sm">
        <List size="sm" spacing={2}>
          <List.Item>{t('authoring.assign.enrolled', { count: enrolled })}</List.Item>
          <List.Item>{t('authoring.assign.alreadyEnrolled', { count: alreadyEnrolled })}</List.Item>
          <List.Item>{t('authoring.assign.problemCount', { count: problems.length })}</List.Item>
        </List>
        {problems.length > 0 && (
          <Table.ScrollContainer minWidth={360} mah={280}>
            <Table verticalSpacing={4} fz="sm">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('authoring.assign.problemValue')}</Table.Th>
                  <Table.Th>{t('authoring.assign.problemMessage')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {problems.map((problem, index) => (
                  // Values may repeat (the same NIP twice in a file): the position keeps keys apart.
                  <Table.Tr key={`${index}:${problem.value}`}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{problem.value}</Table.Td>
                    <Table.Td>
                      <Text size="sm">{problem.message}</Text>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Stack>
    </Alert>
  );
}
