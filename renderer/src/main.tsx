document.getElementById('root')!.textContent = 'stub';
