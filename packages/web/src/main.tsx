import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import App from './App';
import { applyNonceToCreatedStyles, readCspNonce } from './app/csp';
import './styles/app.css';

dayjs.locale('zh-cn');

const nonce = readCspNonce();
applyNonceToCreatedStyles(nonce);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App nonce={nonce} />
  </StrictMode>,
);
