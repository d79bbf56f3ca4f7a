import { ApolloProvider } from '@apollo/client/react';
import { MantineProvider, createTheme } from '@mantine/core';
import { BrowserRouter, Route, Routes } from 'react-router';
import { CataloguePage } from './features/catalogue/catalogue-page';
import { CoursePage } from './features/course/course-page';
import { AppLayout } from './features/layout/app-layout';
import { NotFoundPage } from './features/not-found/not-found-page';
import { createApolloClient } from './lib/apollo-client';

const theme = createTheme({
  primaryColor: 'indigo',
  // indigo.8 keeps white button text above 4.5:1 contrast.
  primaryShade: 8,
  defaultRadius: 'md',
});

const apolloClient = createApolloClient('/graphql');

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ApolloProvider client={apolloClient}>
        <BrowserRouter>
          <Routes>
            <Route element={<AppLayout />}>
              <Route index element={<CataloguePage />} />
              <Route path="kursus/:courseId" element={<CoursePage />} />
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </BrowserRouter>
      </ApolloProvider>
    </MantineProvider>
  );
}
