import { render } from 'preact';

render(<p>Renda Reader</p>, document.getElementById('app') as HTMLElement);
